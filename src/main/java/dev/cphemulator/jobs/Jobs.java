package dev.cphemulator.jobs;

import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.web.CphError;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectRequestHook;
import dev.cphemulator.web.ProjectScoped;
import dev.cphemulator.web.RequestId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The jobs of all projects: creates them, moves them forward on the clock, answers queries, and
 * keeps the history within {@code cph.emulator.jobs.history} by evicting the oldest ended jobs.
 * Thread-safe: projects are independent, each with its own lock.
 */
@Component
public class Jobs implements ProjectScoped, ProjectRequestHook {

  private final Map<String, ProjectJobs> projects = new ConcurrentHashMap<>();
  private final JobProperties settings;
  private final FaultPlan faults;
  private final VirtualClock clock;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final ConcurrentLinkedQueue<Job> ended = new ConcurrentLinkedQueue<>();

  public Jobs(JobProperties settings, FaultPlan faults, VirtualClock clock) {
    this.settings = settings;
    this.faults = faults;
    this.clock = clock;
  }

  /** A new, empty batch of jobs for one request, timed at the clock's now. */
  public JobBatch batch(ProjectId project, RequestId requestId) {
    return new JobBatch(this, projectJobs(project.value()), requestId.value(), clock.instant());
  }

  /** One job of a project, as it is now. */
  public Optional<JobView> find(ProjectId project, String jobId) {
    ProjectJobs jobs = projects.get(project.value());
    return jobs == null ? Optional.empty() : jobs.view(jobId);
  }

  /** The jobs of these requests, request by request, each in creation order. */
  public List<JobView> ofRequests(ProjectId project, List<String> requestIds) {
    ProjectJobs jobs = projects.get(project.value());
    return jobs == null ? List.of() : jobs.viewsOf(requestIds);
  }

  /** One page of the jobs a project still holds, in the order they were stored. */
  public JobPage page(ProjectId project, int offset, int limit) {
    ProjectJobs jobs = projects.get(project.value());
    return jobs == null ? new JobPage(0, List.of()) : jobs.page(offset, limit);
  }

  /** Ends the project's jobs whose time is up. */
  public void catchUp(ProjectId project) {
    ProjectJobs jobs = projects.get(project.value());
    if (jobs != null) {
      jobs.catchUp(clock.instant());
    }
  }

  /** Ends every project's jobs whose time is up. */
  public void catchUpAll() {
    Instant now = clock.instant();
    for (ProjectJobs jobs : projects.values()) {
      if (jobs.hasWork()) {
        jobs.catchUp(now);
      }
    }
  }

  /** When the next job of any project is due; empty when none is scheduled. */
  public Optional<Instant> nextDue() {
    return projects.values().stream()
        .map(ProjectJobs::nextDue)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /**
   * Moves the clock from one due job to the next until no job is scheduled: every job that can end
   * has ended. Stalled jobs (and their parents) stay running.
   */
  public Settled settle() {
    int steps = 0;
    while (true) {
      catchUpAll();
      Optional<Instant> next = nextDue();
      if (next.isEmpty() || next.get().isAfter(VirtualClock.LATEST)) {
        // a job due past the last time the clock can show stays running
        return new Settled(clock.instant(), running.get(), steps);
      }
      clock.atLeast(next.get()); // another caller may have moved the clock on meanwhile
      steps++;
    }
  }

  /**
   * What {@link #settle()} reached.
   *
   * @param now the clock's time once every job that can end has ended
   * @param stillRunning jobs left running: stalled by a fault rule, or waiting for one that is, or
   *     due after {@link VirtualClock#LATEST}
   * @param steps how many times the clock moved
   */
  public record Settled(Instant now, long stillRunning, int steps) {}

  /** Counts for the operator: jobs kept, jobs running, the cap. */
  public JobCounts counts() {
    return new JobCounts(stored.get(), running.get(), settings.history());
  }

  /** Jobs kept, jobs running, and the most that may be kept. */
  public record JobCounts(long stored, long running, int history) {}

  @Override
  public void beforeRequest(ProjectId project) {
    catchUp(project);
  }

  @Override
  public void forget(String projectId) {
    ProjectJobs gone = projects.remove(projectId);
    if (gone != null) {
      ProjectJobs.Discarded held = gone.discard();
      stored.addAndGet(-held.stored());
      running.addAndGet(-held.running());
      ended.removeIf(job -> job.owner == gone);
    }
  }

  @Override
  public void forgetAll() {
    // once discarded, no project ends a job, so the counts can be zeroed without a race
    projects.values().forEach(ProjectJobs::discard);
    projects.clear();
    ended.clear();
    stored.set(0);
    running.set(0);
  }

  void submit(ProjectJobs project, List<Job> jobs, Instant now) {
    if (jobs.isEmpty()) {
      return;
    }
    long total = running.addAndGet(jobs.size());
    if (total > settings.history()) {
      running.addAndGet(-jobs.size());
      throw CphError.JOB_LIMIT_REACHED.exception(total - jobs.size());
    }
    if (!project.add(jobs, now)) {
      // requests run inside their project's gate, which a reset waits for: never reached
      running.addAndGet(-jobs.size());
      throw new IllegalStateException(
          "jobs of " + project.projectId + " submitted after the project was reset");
    }
    stored.addAndGet(jobs.size());
    evictOverCap();
  }

  private ProjectJobs projectJobs(String projectId) {
    return projects.computeIfAbsent(
        projectId, id -> new ProjectJobs(id, settings, faults, this::ended));
  }

  private void ended(Job job) {
    running.decrementAndGet();
    ended.add(job);
  }

  private void evictOverCap() {
    while (stored.get() > settings.history()) {
      Job oldest = ended.poll();
      if (oldest == null) {
        return;
      }
      if (projects.get(oldest.owner.projectId) == oldest.owner) {
        oldest.owner.evict(oldest);
        stored.decrementAndGet();
      }
    }
  }
}
