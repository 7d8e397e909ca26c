package dev.cphemulator.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One job. Its identity and target never change; its state moves only forward, through {@link
 * #succeed}, {@link #fail} and {@link #stall}, each refusing an illegal move, always under its
 * project's lock.
 */
public final class Job {

  private final String id;
  private final String requestId;
  private final JobType type;
  private final String serverId;
  private final String phoneId;
  private final String appVersionId;
  private final Job parent;
  private final Job prerequisite;
  private final Instant beginTime;
  private JobWork work;
  final long sequence;
  final ProjectJobs owner;

  private JobStatus status = JobStatus.RUNNING;
  private Instant endTime;
  private JobError error;
  private Instant dueAt;
  private String stalledBy;
  private int children;
  private int pendingChildren;
  private int failedChildren;
  private FailedChild firstFailedChild;
  private List<Job> dependents;
  private boolean evicted;

  Job(
      ProjectJobs owner,
      long sequence,
      String id,
      String requestId,
      JobType type,
      String serverId,
      String phoneId,
      String appVersionId,
      Job parent,
      Job prerequisite,
      Instant beginTime,
      JobWork work) {
    this.owner = owner;
    this.sequence = sequence;
    this.id = id;
    this.requestId = requestId;
    this.type = type;
    this.serverId = serverId;
    this.phoneId = phoneId;
    this.appVersionId = appVersionId;
    this.parent = parent;
    this.prerequisite = prerequisite;
    this.beginTime = beginTime;
    this.work = work;
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public JobType type() {
    return type;
  }

  public String serverId() {
    return serverId;
  }

  public String phoneId() {
    return phoneId;
  }

  public String appVersionId() {
    return appVersionId;
  }

  public Job parent() {
    return parent;
  }

  public Instant beginTime() {
    return beginTime;
  }

  /** The status; read it only from {@link JobWork} callbacks or through a {@link JobView}. */
  public JobStatus status() {
    return status;
  }

  public boolean succeeded() {
    return status == JobStatus.SUCCEEDED;
  }

  /** When the job ended, on the emulator's clock; null while it runs. */
  public Instant endTime() {
    return endTime;
  }

  JobError error() {
    return error;
  }

  Job prerequisite() {
    return prerequisite;
  }

  JobWork work() {
    return work;
  }

  Instant dueAt() {
    return dueAt;
  }

  String stalledBy() {
    return stalledBy;
  }

  boolean evicted() {
    return evicted;
  }

  // --- moves, all under the owner's lock ---

  void dueAt(Instant when) {
    requireRunning("schedule");
    this.dueAt = when;
    this.stalledBy = null;
  }

  void stall(String ruleId) {
    requireRunning("stall");
    this.stalledBy = ruleId;
  }

  void succeed(Instant at) {
    requireRunning("succeed");
    this.status = JobStatus.SUCCEEDED;
    this.endTime = at;
    this.stalledBy = null;
  }

  void fail(Instant at, JobError why) {
    requireRunning("fail");
    this.status = JobStatus.FAILED;
    this.endTime = at;
    this.error = why;
    this.stalledBy = null;
  }

  void evict() {
    if (!status.ended()) {
      throw new IllegalStateException("job " + id + " is running and cannot be evicted");
    }
    this.evicted = true;
  }

  void addChild() {
    children++;
    pendingChildren++;
  }

  /** Records that a sub-job ended; returns true when it was the last one. */
  boolean childEnded(Job child) {
    pendingChildren--;
    if (!child.succeeded()) {
      failedChildren++;
      if (firstFailedChild == null) {
        firstFailedChild = new FailedChild(child.id(), child.error());
      }
    }
    return pendingChildren == 0;
  }

  boolean waitsForChildren() {
    return pendingChildren > 0;
  }

  int children() {
    return children;
  }

  int failedChildren() {
    return failedChildren;
  }

  FailedChild firstFailedChild() {
    return firstFailedChild;
  }

  /**
   * The first sub-job that failed, as its parent's error names it; kept apart from the sub-job, so
   * the parent can report it after the sub-job left the history.
   */
  record FailedChild(String id, JobError error) {}

  int pendingChildren() {
    return pendingChildren;
  }

  /**
   * Puts back the state a saved job had, on a job made again from a saved state (still running, as
   * every new job is); its dependents are put back by {@link #addDependent}.
   */
  void restore(
      JobStatus savedStatus,
      Instant savedEnd,
      JobError savedError,
      Instant savedDue,
      String savedStall,
      int savedChildren,
      int savedPending,
      int savedFailed,
      FailedChild savedFirstFailed) {
    this.status = savedStatus;
    this.endTime = savedEnd;
    this.error = savedError;
    this.dueAt = savedDue;
    this.stalledBy = savedStall;
    this.children = savedChildren;
    this.pendingChildren = savedPending;
    this.failedChildren = savedFailed;
    this.firstFailedChild = savedFirstFailed;
  }

  /** Gives a job made again from a saved state its work, made again too. */
  void restoreWork(JobWork restored) {
    this.work = restored;
  }

  void addDependent(Job job) {
    if (dependents == null) {
      dependents = new ArrayList<>(4);
    }
    dependents.add(job);
  }

  List<Job> dependents() {
    return dependents == null ? List.of() : dependents;
  }

  private void requireRunning(String move) {
    if (status.ended()) {
      throw new IllegalStateException(
          "job " + id + " ended with " + status + " and cannot " + move);
    }
  }

  @Override
  public String toString() {
    return "Job[" + id + " " + type + " " + status + "]";
  }
}
