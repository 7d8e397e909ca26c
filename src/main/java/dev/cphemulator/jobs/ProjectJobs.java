package dev.cphemulator.jobs;

import dev.cphemulator.faults.FaultDecision;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.JobFacts;
import dev.cphemulator.kernel.CphError;
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
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project's jobs and their schedule: the jobs part of the project's state. Not thread-safe:
 * every method but {@link #evictLater} runs under the state's lock, and so do the callbacks into
 * {@link JobWork} and the {@link FaultPlan}.
 *
 * <p>Keeps an index of its running jobs by the app version they name, so that whether a job still
 * uses a version is one look-up ({@link #runningNaming}).
 *
 * <p>The one hand-off from other threads is eviction: the history cap is emulator-wide, so the
 * request that goes over it picks the oldest ended job of any project. It cannot take that
 * project's lock (nothing holds two), so it leaves the job in this project's eviction box ({@link
 * #evictLater}, synchronized on the box), and the project empties the box, under its own lock,
 * before anything reads or changes its jobs.
 */
final class ProjectJobs {

  private static final Logger log = LoggerFactory.getLogger(ProjectJobs.class);
  private static final Comparator<Job> BY_DUE =
      Comparator.<Job, Instant>comparing(Job::dueAt).thenComparingLong(job -> job.sequence);

  final String projectId;
  private final JobProperties settings;
  private final FaultPlan faults;
  private final Consumer<Job> onEnded;
  private final Random jitter;
  private final Map<String, Job> byId = new LinkedHashMap<>(); // in the order stored
  private final Map<String, RequestJobs> byRequest = new HashMap<>();
  private final PriorityQueue<Job> due = new PriorityQueue<>(BY_DUE);
  private final List<Job> stalled = new ArrayList<>();
  private final Map<String, Integer> runningByVersion = new HashMap<>();
  private final List<Job> evictions = new ArrayList<>(); // the hand-off; guarded by itself
  private long sequence;
  private long jitterDraws;
  private int running;
  private boolean discarded; // guarded by evictions

  ProjectJobs(String projectId, JobProperties settings, FaultPlan faults, Consumer<Job> onEnded) {
    this.projectId = projectId;
    this.settings = settings;
    this.faults = faults;
    this.onEnded = onEnded;
    this.jitter = new Random(settings.seed() ^ projectId.hashCode());
  }

  long nextSequence() {
    return sequence++;
  }

  /**
   * Stores and schedules new jobs, given parents before their children.
   *
   * @return false, storing nothing, if the project's jobs were discarded by a reset
   */
  boolean add(List<Job> jobs, Instant now) {
    if (isDiscarded()) {
      return false;
    }
    drainEvictions();
    for (Job job : jobs) {
      byId.put(job.id(), job);
      byRequest.computeIfAbsent(job.requestId(), id -> new RequestJobs()).add(job);
      running++;
      if (job.appVersionId() != null) {
        runningByVersion.merge(job.appVersionId(), 1, Integer::sum);
      }
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
  }

  /** How many running jobs name this app version. */
  int runningNaming(String appVersionId) {
    return runningByVersion.getOrDefault(appVersionId, 0);
  }

  /** Ends every job whose time is up at {@code now}, in time order, with all consequences. */
  void catchUp(Instant now) {
    if (isDiscarded()) {
      return;
    }
    drainEvictions();
    resumeUnstalled(now);
    Job next;
    while ((next = due.peek()) != null && !next.dueAt().isAfter(now)) {
      due.poll();
      finish(next, next.dueAt());
    }
  }

  /** When the next job is due, if any is scheduled. */
  Optional<Instant> nextDue() {
    return Optional.ofNullable(due.peek()).map(Job::dueAt);
  }

  boolean hasWork() {
    return !due.isEmpty() || !stalled.isEmpty();
  }

  Optional<JobView> view(String jobId) {
    drainEvictions();
    return Optional.ofNullable(byId.get(jobId)).filter(j -> !j.evicted()).map(JobView::of);
  }

  List<JobView> viewsOf(List<String> requestIds) {
    drainEvictions();
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
  }

  /**
   * One page of the jobs still kept, in the order they were stored: at most {@code limit} views,
   * whatever the history holds.
   */
  JobPage page(int offset, int limit) {
    drainEvictions();
    List<JobView> out = new ArrayList<>(Math.min(limit, Math.max(0, byId.size() - offset)));
    Iterator<Job> it = byId.values().iterator();
    for (int skipped = 0; skipped < offset && it.hasNext(); skipped++) {
      it.next();
    }
    while (out.size() < limit && it.hasNext()) {
      out.add(JobView.of(it.next()));
    }
    return new JobPage(byId.size(), out);
  }

  /**
   * Drops every job at once, for a reset: from now on nothing is added, nothing ends, nothing is
   * reported ended and nothing more is evicted, so the counts it returns stay true.
   *
   * @return how many jobs were kept (not counting those already evicted) and how many of them were
   *     running
   */
  Discarded discard() {
    synchronized (evictions) {
      discarded = true;
    }
    drainEvictions();
    due.clear();
    stalled.clear();
    return new Discarded(byId.size(), running);
  }

  /** What a project held when it was discarded. */
  record Discarded(int stored, int running) {}

  /**
   * Hands over an ended job to drop, to keep the history within its cap; from any thread. The job
   * is gone from every read of this project from then on: each read empties the box first.
   *
   * @return false, taking nothing, if the project's jobs were discarded by a reset (their counts
   *     already left the totals)
   */
  boolean evictLater(Job job) {
    synchronized (evictions) {
      if (discarded) {
        return false;
      }
      evictions.add(job);
      return true;
    }
  }

  private boolean isDiscarded() {
    synchronized (evictions) {
      return discarded;
    }
  }

  private void drainEvictions() {
    List<Job> handed;
    synchronized (evictions) {
      if (evictions.isEmpty()) {
        return;
      }
      handed = new ArrayList<>(evictions);
      evictions.clear();
    }
    for (Job job : handed) {
      job.evict();
      byId.remove(job.id());
      RequestJobs request = byRequest.get(job.requestId());
      if (request != null && --request.kept == 0) {
        byRequest.remove(job.requestId());
      }
    }
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

  // --- the saved state ---

  /** The jobs still kept, in the order stored. */
  List<Job> kept() {
    drainEvictions();
    return new ArrayList<>(byId.values());
  }

  /** The next job's sequence number. */
  long sequence() {
    return sequence;
  }

  /** How many durations were drawn from the jitter generator. */
  long jitterDraws() {
    return jitterDraws;
  }

  int running() {
    return running;
  }

  /**
   * Fills a fresh project with jobs made again from a saved state, in the order they were stored,
   * each with its state put back: rebuilds the indexes, the schedule (running jobs due, stalled,
   * waiting for their prerequisite, parents waiting for their sub-jobs) and the jitter generator.
   */
  void restore(List<Job> jobs, long nextSequence, long draws) {
    for (long i = 0; i < draws; i++) {
      jitter.nextLong(settings.jitter().toMillis() + 1);
    }
    jitterDraws = draws;
    sequence = nextSequence;
    for (Job job : jobs) {
      byId.put(job.id(), job);
      byRequest.computeIfAbsent(job.requestId(), id -> new RequestJobs()).add(job);
      if (job.status().ended()) {
        continue;
      }
      running++;
      if (job.appVersionId() != null) {
        runningByVersion.merge(job.appVersionId(), 1, Integer::sum);
      }
      if (job.stalledBy() != null) {
        stalled.add(job);
      } else if (job.dueAt() != null) {
        due.add(job);
      } else if (job.prerequisite() != null && !job.prerequisite().status().ended()) {
        job.prerequisite().addDependent(job);
      }
    }
  }

  // --- the engine ---

  private void start(Job job, Instant at) {
    Duration length = settings.durationOf(job.type());
    if (!settings.jitter().isZero()) {
      jitterDraws++;
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
    Job.FailedChild first = parent.firstFailedChild();
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
    if (job.appVersionId() != null) {
      runningByVersion.computeIfPresent(job.appVersionId(), (id, n) -> n == 1 ? null : n - 1);
    }
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
