package dev.cphemulator.jobs;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Paging;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ShowJob and ListJobs. */
@RestController
@RequestMapping(CphPaths.BASE + "/jobs")
class JobController {

  static final int MAX_REQUEST_IDS = 20;
  private final Jobs jobs;

  JobController(Jobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/{job_id}")
  ShowJobResponse showJob(
      ProjectState state, RequestId requestId, @PathVariable("job_id") String jobId) {
    return jobs.find(state, jobId)
        .map(job -> ShowJobResponse.from(requestId.value(), job))
        .orElseThrow(CphError.JOB_NOT_FOUND::exception);
  }

  /** {@code request_ids} (up to 20, comma-separated) wins over {@code request_id}. */
  @GetMapping
  ListJobsResponse listJobs(
      ProjectState state,
      RequestId requestId,
      @RequestParam(name = "request_id", required = false) String oneRequestId,
      @RequestParam(name = "request_ids", required = false) String requestIds,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    List<String> wanted = requestIdsOf(oneRequestId, requestIds);
    List<ListJobsResponse.Entry> page =
        paging.page(jobs.ofRequests(state, wanted)).stream()
            .map(ListJobsResponse.Entry::from)
            .toList();
    return new ListJobsResponse(requestId.value(), page);
  }

  private static List<String> requestIdsOf(String one, String many) {
    if (many != null) {
      List<String> ids = Arrays.stream(many.split(",", -1)).map(String::strip).distinct().toList();
      if (ids.stream().anyMatch(String::isEmpty)) {
        throw CphError.INVALID_PARAMETER.exception("request_ids", "it holds an empty id");
      }
      if (ids.size() > MAX_REQUEST_IDS) {
        throw CphError.INVALID_PARAMETER.exception(
            "request_ids",
            "it holds " + ids.size() + " ids, at most " + MAX_REQUEST_IDS + " are allowed");
      }
      return ids;
    }
    if (one == null || one.isBlank()) {
      throw CphError.INVALID_PARAMETER.exception(
          "request_id", "give request_id or request_ids (up to 20, comma-separated)");
    }
    return List.of(one.strip());
  }
}
