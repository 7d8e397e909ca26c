package dev.cphemulator.jobs;

import java.util.Optional;

/**
 * What a job does to the emulated cloud, supplied by the feature that creates it. Both methods run
 * under the project's lock, at the job's virtual end time, so they may read and change the
 * project's state directly.
 */
public interface JobWork {

  /** A job with nothing to check and no effect. */
  JobWork NONE = new JobWork() {};

  /**
   * Checks, when the job's time is up and no fault rule decided otherwise, whether it can succeed
   * (for example: is the phone still running).
   *
   * @return the error to fail the job with, or empty to let it succeed
   */
  default Optional<JobError> check() {
    return Optional.empty();
  }

  /** Applies the job's effect; called once, after the job ended with either status. */
  default void ended(Job job) {}

  /**
   * The work as data, so a running job keeps its work across a restart ({@link WorkKinds} makes it
   * again); null for a work that has nothing to do, or that a restart does not keep (the job is
   * then restored with {@link #NONE}).
   */
  default WorkDescription describe() {
    return null;
  }
}
