package dev.cphemulator.jobs;

import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectRequestHook;
import dev.cphemulator.kernel.ProjectScoped;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.kernel.SavedParts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The jobs of all projects: creates them, moves them forward on the clock, answers queries, and
 * keeps the history within {@code cph.emulator.jobs.history} by evicting the oldest ended jobs.
 *
 * <p>A project's jobs are a part of its {@link ProjectState}; every method that takes a state runs
 * under that state's lock, held by the caller. The methods that go over every project ({@link
 * #catchUpAll}, {@link #settle}) take each project's lock in turn. Only the emulator-wide counts
 * and the queue of ended jobs are shared between projects, and they are atomic.
 */
@Component
public class Jobs implements ProjectScoped, ProjectRequestHook, SavedParts {

  private final JobProperties settings;
  private final FaultPlan faults;
  private final VirtualClock clock;
  private final Projects projects;
  private final ProjectState.Part<ProjectJobs> part;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final ConcurrentLinkedQueue<Job> ended = new ConcurrentLinkedQueue<>();

  public Jobs(JobProperties settings, FaultPlan faults, VirtualClock clock, Projects projects) {
    this(settings, faults, clock, projects, Stream::empty);
  }

  /**
   * As above; {@code kinds} make the works of running jobs again when a saved state is restored.
   */
  @Autowired
  public Jobs(
      JobProperties settings,
      FaultPlan faults,
      VirtualClock clock,
      Projects projects,
      ObjectProvider<WorkKinds> kinds) {
    this(settings, faults, clock, projects, (Supplier<Stream<WorkKinds>>) kinds::orderedStream);
  }

  private Jobs(
      JobProperties settings,
      FaultPlan faults,
      VirtualClock clock,
      Projects projects,
      Supplier<Stream<WorkKinds>> kinds) {
    this.settings = settings;
    this.faults = faults;
    this.clock = clock;
    this.projects = projects;
    this.part =
        new ProjectState.Part<>(
            "jobs",
            project -> fresh(project.value()),
            this::dropped,
            new JobsCodec(this::fresh, kind -> kindOf(kinds, kind), this::restored));
  }

  private ProjectJobs fresh(String projectId) {
    return new ProjectJobs(projectId, settings, faults, this::ended);
  }

  private static WorkKinds kindOf(Supplier<Stream<WorkKinds>> kinds, String kind) {
    return kinds.get().filter(maker -> maker.kinds().contains(kind)).findFirst().orElse(null);
  }

  @Override
  public List<ProjectState.Part<?>> savedParts() {
    return List.of(part);
  }

  /** A project's jobs were made again from a saved state: they join the counts. */
  private void restored(ProjectJobs project) {
    List<Job> kept = project.kept();
    stored.addAndGet(kept.size());
    running.addAndGet(project.running());
    for (Job job : kept) {
      if (job.status().ended()) {
        ended.add(job);
      }
    }
  }

  /**
   * Every project was restored: the ended jobs queue up for eviction oldest end first, and the
   * history is brought within its cap (which may have been lowered since the state was saved).
   */
  @Override
  public void restored() {
    List<Job> all = new ArrayList<>(ended);
    all.sort(Comparator.comparing(Job::endTime).thenComparingLong(job -> job.sequence));
    ended.clear();
    ended.addAll(all);
    evictOverCap();
  }

  /** A new, empty batch of jobs for one request, timed at the clock's now. */
  public JobBatch batch(ProjectState state, RequestId requestId) {
    return new JobBatch(this, state.part(part), requestId.value(), clock.instant());
  }

  /** One job of a project, as it is now. */
  public Optional<JobView> find(ProjectState state, String jobId) {
    ProjectJobs jobs = state.existing(part);
    return jobs == null ? Optional.empty() : jobs.view(jobId);
  }

  /** The jobs of these requests, request by request, each in creation order. */
  public List<JobView> ofRequests(ProjectState state, List<String> requestIds) {
    ProjectJobs jobs = state.existing(part);
    return jobs == null ? List.of() : jobs.viewsOf(requestIds);
  }

  /** One page of the jobs a project still holds, in the order they were stored. */
  public JobPage page(ProjectState state, int offset, int limit) {
    ProjectJobs jobs = state.existing(part);
    return jobs == null ? new JobPage(0, List.of()) : jobs.page(offset, limit);
  }

  /** How many of the project's running jobs name this app version. */
  public int runningNaming(ProjectState state, String appVersionId) {
    ProjectJobs jobs = state.existing(part);
    return jobs == null ? 0 : jobs.runningNaming(appVersionId);
  }

  /** Ends the project's jobs whose time is up. */
  public void catchUp(ProjectState state) {
    ProjectJobs jobs = state.existing(part);
    if (jobs != null) {
      jobs.catchUp(clock.instant());
    }
  }

  /** Ends every project's jobs whose time is up, taking each project's lock in turn. */
  public void catchUpAll() {
    Instant now = clock.instant();
    projects.eachProject(state -> catchUp(state, now));
  }

  /**
   * As {@link #catchUpAll}, skipping projects whose lock is held: the background tick. A request
   * holding a project's lock caught it up when it took the lock.
   */
  public void catchUpIdle() {
    Instant now = clock.instant();
    projects.eachIdleProject(state -> catchUp(state, now));
  }

  private Optional<Instant> catchUp(ProjectState state, Instant now) {
    ProjectJobs jobs = state.existing(part);
    if (jobs == null) {
      return Optional.empty();
    }
    if (jobs.hasWork()) {
      jobs.catchUp(now);
    }
    return jobs.nextDue();
  }

  /** When the next job of any project is due; empty when none is scheduled. */
  public Optional<Instant> nextDue() {
    Instant[] next = {null};
    projects.eachProject(
        state -> {
          ProjectJobs jobs = state.existing(part);
          if (jobs != null) {
            jobs.nextDue().ifPresent(due -> next[0] = earlier(next[0], due));
          }
        });
    return Optional.ofNullable(next[0]);
  }

  /**
   * Moves the clock from one due job to the next until no job is scheduled: every job that can end
   * has ended. Stalled jobs (and their parents) stay running. Waits for busy projects, never skips
   * one.
   */
  public Settled settle() {
    int steps = 0;
    while (true) {
      Instant now = clock.instant();
      Instant[] next = {null};
      projects.eachProject(
          state -> catchUp(state, now).ifPresent(due -> next[0] = earlier(next[0], due)));
      if (next[0] == null || next[0].isAfter(VirtualClock.LATEST)) {
        // a job due past the last time the clock can show stays running
        return new Settled(clock.instant(), running.get(), steps);
      }
      clock.atLeast(next[0]); // another caller may have moved the clock on meanwhile
      steps++;
    }
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
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
  public void beforeRequest(ProjectState state) {
    catchUp(state);
  }

  /** A reset dropped a project's jobs: they leave the counts and the queue of ended jobs. */
  private void dropped(ProjectJobs gone) {
    ProjectJobs.Discarded held = gone.discard();
    stored.addAndGet(-held.stored());
    running.addAndGet(-held.running());
    ended.removeIf(job -> job.owner == gone);
  }

  /** Every project was forgotten (nothing works on any project meanwhile): counts start afresh. */
  @Override
  public void forgetAll() {
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
      // a request submits holding its project's lock, which a reset takes: never reached
      running.addAndGet(-jobs.size());
      throw new IllegalStateException(
          "jobs of " + project.projectId + " submitted after the project was reset");
    }
    stored.addAndGet(jobs.size());
    evictOverCap();
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
      if (oldest.owner.evictLater(oldest)) {
        stored.decrementAndGet();
      }
    }
  }
}
