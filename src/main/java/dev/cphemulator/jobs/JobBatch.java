package dev.cphemulator.jobs;

import dev.cphemulator.kernel.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The jobs one request creates, built up and then submitted together: none is visible before {@link
 * #submit()}, all are after. Not thread-safe; one request builds one batch.
 */
public final class JobBatch {

  private final Jobs jobs;
  private final ProjectJobs project;
  private final String requestId;
  private final Instant now;
  private final List<Job> created = new ArrayList<>();
  private boolean submitted;

  JobBatch(Jobs jobs, ProjectJobs project, String requestId, Instant now) {
    this.jobs = jobs;
    this.project = project;
    this.requestId = requestId;
    this.now = now;
  }

  /** Starts describing a job of this type. */
  public Builder job(JobType type) {
    return new Builder(type);
  }

  /**
   * Stores and starts every job of the batch.
   *
   * @return the jobs in the order they were added
   */
  public List<Job> submit() {
    if (submitted) {
      throw new IllegalStateException("batch already submitted");
    }
    submitted = true;
    jobs.submit(project, created, now);
    return List.copyOf(created);
  }

  /** One job being described. */
  public final class Builder {

    private final JobType type;
    private String serverId;
    private String phoneId;
    private String appVersionId;
    private Job parent;
    private Job after;
    private JobWork work = JobWork.NONE;

    private Builder(JobType type) {
      this.type = type;
    }

    public Builder server(String id) {
      this.serverId = id;
      return this;
    }

    public Builder phone(String id) {
      this.phoneId = id;
      return this;
    }

    public Builder appVersion(String id) {
      this.appVersionId = id;
      return this;
    }

    /** The parent job (30 or 40) this job is a sub-job of. */
    public Builder parent(Job job) {
      this.parent = job;
      return this;
    }

    /** A job that must succeed before this one starts; if it fails, this one fails too. */
    public Builder after(Job job) {
      this.after = job;
      return this;
    }

    public Builder work(JobWork jobWork) {
      this.work = jobWork;
      return this;
    }

    /** Adds the job to the batch and returns it (not started before the batch is submitted). */
    public Job add() {
      if (submitted) {
        throw new IllegalStateException("batch already submitted");
      }
      if (parent != null && !parent.type().isParent()) {
        throw new IllegalArgumentException(parent + " cannot have sub-jobs");
      }
      Job job =
          new Job(
              project,
              project.nextSequence(),
              Ids.newId(),
              requestId,
              type,
              serverId,
              phoneId,
              appVersionId,
              parent,
              after,
              now,
              work);
      created.add(job);
      return job;
    }
  }
}
