package dev.cphemulator.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** ListJobs' answer (SDK {@code ListJobsResponse}); no {@code count}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ListJobsResponse(String requestId, List<Entry> jobs) {

  /** One job (SDK {@code Job}); {@code node_id} is deprecated and left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
      String phoneId,
      String serverId,
      String jobId,
      String beginTime,
      String endTime,
      Integer status,
      String errorCode,
      String errorMsg,
      String executeMsg) {

    static Entry from(JobView job) {
      return new Entry(
          job.phoneId(),
          job.serverId(),
          job.jobId(),
          CphTime.format(job.beginTime()),
          CphTime.format(job.endTime()),
          job.status().wire(),
          job.errorCode(),
          job.errorMsg(),
          null);
    }
  }
}
