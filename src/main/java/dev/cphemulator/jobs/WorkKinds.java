package dev.cphemulator.jobs;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.Set;

/**
 * The kinds of {@link JobWork} one feature describes ({@link JobWork#describe}), and how it makes
 * them again for running jobs restored from a saved state. A feature that creates jobs declares one
 * as a bean; the engine asks it by kind, and so knows nothing of what the works do.
 */
public interface WorkKinds {

  /** The kinds this feature makes again. */
  Set<String> kinds();

  /**
   * The work of {@code job}, made again from its description, under the project's lock (the
   * project's other parts are already restored).
   *
   * @param jobs the project's restored jobs, for works that name other jobs
   * @throws dev.cphemulator.kernel.InvalidFieldException naming the argument that is wrong
   */
  JobWork rebuild(ProjectState state, Job job, String kind, Saved args, RestoredJobs jobs);

  /** The jobs of a project restored from a saved state, by id. */
  interface RestoredJobs {

    /**
     * A restored job.
     *
     * @throws dev.cphemulator.kernel.InvalidFieldException if the project has no such job
     */
    Job job(Saved at, String jobId);
  }
}
