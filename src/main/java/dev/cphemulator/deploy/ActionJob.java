package dev.cphemulator.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobError;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One entry of an app action's {@code jobs} (the app actions): a job that was created, with exactly
 * the fields of its shape, or a per-item error (CPH reports a batch's failures item by item inside
 * the 200) with {@code error_code}/{@code error_msg} and no {@code job_id}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"job_type", "job_id", "server_id", "phone_id", "app_version_id"})
record ActionJob(
    Integer jobType,
    String jobId,
    String serverId,
    String phoneId,
    String appVersionId,
    String errorCode,
    String errorMsg) {

  /** A created job as the action lists it: its type's shape, from the job's own targets. */
  static ActionJob of(Job job) {
    return new ActionJob(
        job.type().wire(), job.id(), job.serverId(), job.phoneId(), job.appVersionId(), null, null);
  }

  /** A created job listed without its server (the shape of UpdateAppVersionOfPhone). */
  static ActionJob withoutServer(Job job) {
    return new ActionJob(
        job.type().wire(), job.id(), null, job.phoneId(), job.appVersionId(), null, null);
  }

  /** A version UpdateAppVersionOfPhone could not install on the phone. */
  static ActionJob phoneError(int jobType, String phoneId, String appVersionId, JobError error) {
    return new ActionJob(jobType, null, null, phoneId, appVersionId, error.code(), error.message());
  }

  /** A server the action could not act on. */
  static ActionJob serverError(int jobType, String serverId, JobError error) {
    return new ActionJob(jobType, null, serverId, null, null, error.code(), error.message());
  }
}
