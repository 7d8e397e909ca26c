package dev.cphemulator.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobError;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One entry of a phone action's {@code jobs} (SDK {@code PhoneJob}): the job started for the phone,
 * or a per-item error (CPH reports a batch's failures item by item inside the 200) with {@code
 * error_code}/{@code error_msg} and no {@code job_id}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record PhoneJob(String phoneId, String jobId, String errorCode, String errorMsg) {

  static PhoneJob started(String phoneId, Job job) {
    return new PhoneJob(phoneId, job.id(), null, null);
  }

  static PhoneJob refused(String phoneId, JobError why) {
    return new PhoneJob(phoneId, null, why.code(), why.message());
  }
}
