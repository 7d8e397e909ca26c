package dev.cphemulator.jobs;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A consistent snapshot of a job, taken under its project's lock. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobView(
    String jobId,
    String requestId,
    JobType type,
    String serverId,
    String phoneId,
    String appVersionId,
    String parentJobId,
    JobStatus status,
    Instant beginTime,
    Instant endTime,
    String errorCode,
    String errorMsg,
    String stalledBy) {

  static JobView of(Job job) {
    JobError error = job.error();
    return new JobView(
        job.id(),
        job.requestId(),
        job.type(),
        job.serverId(),
        job.phoneId(),
        job.appVersionId(),
        job.parent() == null ? null : job.parent().id(),
        job.status(),
        job.beginTime(),
        job.endTime(),
        error == null ? null : error.code(),
        error == null ? null : error.message(),
        job.stalledBy());
  }
}
