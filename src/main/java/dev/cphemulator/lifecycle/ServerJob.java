package dev.cphemulator.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobError;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One entry of RestartCloudPhoneServer's {@code jobs} (SDK {@code ServerJob}): the job started for
 * the server, or a per-item error (CPH reports a batch's failures item by item inside the 200) with
 * no {@code job_id}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServerJob(String serverId, String jobId, String errorCode, String errorMsg) {

  static ServerJob started(String serverId, Job job) {
    return new ServerJob(serverId, job.id(), null, null);
  }

  static ServerJob refused(String serverId, JobError why) {
    return new ServerJob(serverId, null, why.code(), why.message());
  }
}
