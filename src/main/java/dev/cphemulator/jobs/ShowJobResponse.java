package dev.cphemulator.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ShowJob's answer (SDK {@code ShowJobResponse}). Fields without a value are sent as {@code null},
 * as in CPH's example; {@code job_type} is not part of it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ShowJobResponse(
    String requestId,
    String jobId,
    String beginTime,
    String endTime,
    Integer status,
    String phoneId,
    String serverId,
    String errorCode,
    String errorMsg,
    String executeMsg) {

  static ShowJobResponse from(String requestId, JobView job) {
    return new ShowJobResponse(
        requestId,
        job.jobId(),
        CphTime.format(job.beginTime()),
        CphTime.format(job.endTime()),
        job.status().wire(),
        job.phoneId(),
        job.serverId(),
        job.errorCode(),
        job.errorMsg(),
        null);
  }
}
