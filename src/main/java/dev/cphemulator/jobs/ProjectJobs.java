package dev.cphemulator.jobs;

import dev.cphemulator.faults.FaultDecision;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.JobFacts;
import dev.cphemulator.web.CphError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project's jobs and their schedule. Every method takes the project's lock; callbacks into
 * {@link JobWork} and the {@link FaultPlan} run under it.
 */
final class ProjectJobs {

  private static final Logger log = LoggerFactory.getLogger(ProjectJobs.class);
  private static final Comparator<Job> BY_DUE =
      Comparator.<Job, Instant>comparing(Job::dueAt).thenComparingLong(job -> job.sequence);

  final String projectId;
  private final ReentrantLock lock = new ReentrantLock();
  private final JobProperties settings;
  private final FaultPlan faults;
  private final Consumer<Job> onEnded;
  private final Random jitter;
  private final Map<String, Job> byId = new LinkedHashMap<>(); // in the order stored
  private final Map<String, RequestJobs> byRequest = new HashMap<>();
  private final PriorityQueue<Job> due = new PriorityQueue<>(BY_DUE);
  private final List<Job> stalled = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private int running;
  private boolean discarded;

  ProjectJobs(String projectId, JobProperties settings, FaultPlan faults, Consumer<Job> onEnded) {
    this.projectId = projectId;
    this.settings = settings;
    this.faults = faults;
    this.onEnded = onEnded;
    this.jitter = new Random(settings.seed() ^ projectId.hashCode());
  }

  <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  long nextSequence() {
    return sequence.getAndIncrement();
  }

  /**
   * Stores and schedules new jobs, given parents before their children.
   *
   * @return false, storing nothing, if the project's jobs were discarded by a reset
   */
  boolean add(List<Job> jobs, Instant now) {
    return locked(
        () -> {
          if (discarded) {
            return false;
          }
          for (Job job : jobs) {
            byId.put(job.id(), job);
            byRequest.computeIfAbsent(job.requestId(), id -> new RequestJobs()).add(job);
            running++;
            if (job.parent() != null) {
              job.parent().addChild();
            }
          }
          for (Job job : jobs) {
            if (job.type().isParent()) {
              if (!job.waitsForChildren()) {
                scheduleAt(job, now);
              }
            } else if (job.prerequisite() != null && !job.prerequisite().status().ended()) {
              job.prerequisite().addDependent(job);
            } else if (job.prerequisite() != null && !job.prerequisite().succeeded()) {
              end(job, now, Optional.of(prerequisiteFailed(job.prerequisite())));
            } else {
              start(job, now);
            }
          }
          return true;
        });
  }

  /** Ends every job whose time is up at {@code now}, in time order, with all consequences. */
  void catchUp(Instant now) {
    locked(
        () -> {
          if (discarded) {
            return null;
          }
          resumeUnstalled(now);
          Job next;
          while ((next = due.peek()) != null && !next.dueAt().isAfter(now)) {
            due.poll();
            finish(next, next.dueAt());
          }
          return null;
        });
  }

  /** When the next job is due, if any is scheduled. */
  Optional<Instant> nextDue() {
    return locked(() -> Optional.ofNullable(due.peek()).map(Job::dueAt));
  }

  boolean hasWork() {
    return locked(() -> !due.isEmpty() || !stalled.isEmpty());
  }

  Optional<JobView> view(String jobId) {
    return locked(
        () -> Optional.ofNullable(byId.get(jobId)).filter(j -> !j.evicted()).map(JobView::of));
  }

  List<JobView> viewsOf(List<String> requestIds) {
    return locked(
        () -> {
          List<JobView> out = new ArrayList<>();
          for (String requestId : requestIds) {
            RequestJobs request = byRequest.get(requestId);
            if (request == null) {
              continue;
            }
            for (Job job : request.jobs) {
              if (!job.evicted()) {
                out.add(JobView.of(job));
              }
            }
          }
          return out;
        });
  }

  /**
   * One page of the jobs still kept, in the order they were stored: at most {@code limit} views,
   * whatever the history holds.
   */
  JobPage page(int offset, int limit) {
    return locked(
        () -> {
          List<JobView> out = new ArrayList<>(Math.min(limit, Math.max(0, byId.size() - offset)));
          Iterator<Job> it = byId.values().iterator();
          for (int skipped = 0; skipped < offset && it.hasNext(); skipped++) {
            it.next();
          }
          while (out.size() < limit && it.hasNext()) {
            out.add(JobView.of(it.next()));
          }
          return new JobPage(byId.size(), out);
        });
  }

  /**
   * Drops every job at once, for a reset: from now on nothing is added, nothing ends and nothing is
   * reported ended, so the counts it returns stay true.
   *
   * @return how many jobs were kept and how many of them were running
   */
  Discarded discard() {
    return locked(
        () -> {
          discarded = true;
          due.clear();
          stalled.clear();
          return new Discarded(byId.size(), running);
        });
  }

  /** What a project held when it was discarded. */
  record Discarded(int stored, int running) {}

  /** Drops an ended job to keep the history within its cap. */
  void evict(Job job) {
    locked(
        () -> {
          job.evict();
          byId.remove(job.id());
          RequestJobs request = byRequest.get(job.requestId());
          if (request != null && --request.kept == 0) {
            byRequest.remove(job.requestId());
          }
          return null;
        });
  }

  /** The jobs of one request in creation order, and how many of them are still kept. */
  private static final class RequestJobs {

    private final List<Job> jobs = new ArrayList<>();
    private int kept;

    void add(Job job) {
      jobs.add(job);
      kept++;
    }
  }

  // --- the engine ---

  private void start(Job job, Instant at) {
    Duration length = settings.durationOf(job.type());
    if (!settings.jitter().isZero()) {
      length = length.plusMillis(jitter.nextLong(settings.jitter().toMillis() + 1));
    }
    scheduleAt(job, at.plus(length));
  }

  private void scheduleAt(Job job, Instant when) {
    job.dueAt(when);
    due.add(job);
  }

  private void resumeUnstalled(Instant now) {
    if (stalled.isEmpty()) {
      return;
    }
    for (Iterator<Job> it = stalled.iterator(); it.hasNext(); ) {
      Job job = it.next();
      if (!faults.contains(job.stalledBy())) {
        it.remove();
        scheduleAt(job, now);
      }
    }
  }

  /** The job's time is up: ask the fault plan, then the job's own check, and end it. */
  private void finish(Job job, Instant at) {
    FaultDecision decision = faults.decide(facts(job));
    if (decision instanceof FaultDecision.Stall stall) {
      job.stall(stall.ruleId());
      stalled.add(job);
      return;
    }
    Optional<JobError> failure;
    if (decision instanceof FaultDecision.Fail fail) {
      failure = Optional.of(new JobError(fail.errorCode(), fail.errorMsg()));
    } else if (job.type().isParent()) {
      failure = parentOutcome(job);
    } else {
      failure = check(job);
    }
    end(job, at, failure);
  }

  private Optional<JobError> parentOutcome(Job parent) {
    if (parent.failedChildren() == 0) {
      return Optional.empty();
    }
    Job first = parent.firstFailedChild();
    return Optional.of(
        JobError.of(
            CphError.SUB_JOBS_FAILED,
            parent.failedChildren(),
            parent.children(),
            first.id(),
            first.error().code(),
            first.error().message()));
  }

  private Optional<JobError> check(Job job) {
    try {
      return job.work().check();
    } catch (RuntimeException e) {
      log.error("Check of {} failed", job, e);
      return Optional.of(JobError.of(CphError.INTERNAL_ERROR));
    }
  }

  private void end(Job job, Instant at, Optional<JobError> failure) {
    if (failure.isPresent()) {
      job.fail(at, failure.get());
    } else {
      job.succeed(at);
    }
    running--;
    try {
      job.work().ended(job);
    } catch (RuntimeException e) {
      log.error("Effect of {} failed", job, e);
    }
    onEnded.accept(job);
    for (Job dependent : job.dependents()) {
      if (job.succeeded()) {
        start(dependent, at);
      } else {
        end(dependent, at, Optional.of(prerequisiteFailed(job)));
      }
    }
    Job parent = job.parent();
    if (parent != null && parent.childEnded(job)) {
      scheduleAt(parent, at);
    }
  }

  private static JobError prerequisiteFailed(Job prerequisite) {
    return JobError.of(
        CphError.PREREQUISITE_FAILED,
        prerequisite.id(),
        prerequisite.type().key(),
        prerequisite.error().code());
  }

  private JobFacts facts(Job job) {
    return new JobFacts(
        projectId, job.type().keys(), job.serverId(), job.phoneId(), job.appVersionId());
  }
}
