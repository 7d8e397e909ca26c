package dev.cphemulator.jobs;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.Job;
import com.huaweicloud.sdk.cph.v1.model.ListJobsRequest;
import com.huaweicloud.sdk.cph.v1.model.ListJobsResponse;
import com.huaweicloud.sdk.cph.v1.model.ShowJobRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowJobResponse;
import dev.cphemulator.kernel.CphTime;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polling jobs through the official Java SDK, as a CPH client does after an action. */
class SdkJobPollingTests extends EmulatorTest {

  private CphClient sdk;

  @BeforeEach
  void client() {
    sdk =
        CphClient.newBuilder()
            .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
            .withCredential(
                new BasicCredentials().withAk("ANY-AK").withSk("any-sk").withProjectId(project))
            .withEndpoints(new ArrayList<>(List.of("http://127.0.0.1:" + port)))
            .build();
  }

  @Test
  void showJobParsesEveryFieldWhileRunningAndWhenDone() {
    Instant start = now();
    JsonPath deploy = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    String installId = deploy.getString("jobs[2].job_id");
    String phoneId = deploy.getString("jobs[2].phone_id");

    ShowJobResponse running = sdk.showJob(new ShowJobRequest().withJobId(installId));
    assertThat(running.getHttpStatusCode()).isEqualTo(200);
    assertThat(running.getRequestId())
        .matches("[0-9a-f]{32}")
        .isNotEqualTo(deploy.getString("request_id"));
    assertThat(running.getJobId()).isEqualTo(installId);
    assertThat(running.getStatus()).isEqualTo(1);
    assertThat(running.getBeginTime()).isEqualTo(CphTime.format(start));
    assertThat(running.getEndTime()).isNull();
    assertThat(running.getServerId()).isEqualTo(DOC_SERVER);
    assertThat(running.getPhoneId()).isEqualTo(phoneId);
    assertThat(running.getErrorCode()).isNull();
    assertThat(running.getErrorMsg()).isNull();
    assertThat(running.getExecuteMsg()).isNull();

    settle();

    ShowJobResponse done = sdk.showJob(new ShowJobRequest().withJobId(installId));
    assertThat(done.getStatus()).isEqualTo(2);
    assertThat(done.getEndTime()).isEqualTo(CphTime.format(start.plusSeconds(5)));
    assertThat(done.getErrorCode()).isNull();
  }

  @Test
  void listJobsParsesEveryJobOfTheRequest() {
    JsonPath deploy = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    String requestId = deploy.getString("request_id");
    advance("3s");

    ListJobsResponse listed = sdk.listJobs(new ListJobsRequest().withRequestId(requestId));

    assertThat(listed.getRequestId()).matches("[0-9a-f]{32}");
    assertThat(listed.getJobs()).hasSize(8);
    assertThat(listed.getJobs())
        .extracting(Job::getJobId)
        .containsExactlyElementsOf(deploy.<String>getList("jobs.job_id"));
    Job push = listed.getJobs().get(1);
    assertThat(push.getStatus()).isEqualTo(2);
    assertThat(push.getServerId()).isEqualTo(DOC_SERVER);
    assertThat(push.getPhoneId()).isNull();
    assertThat(push.getBeginTime()).isNotNull();
    assertThat(push.getEndTime()).isNotNull();
    assertThat(listed.getJobs().subList(2, 8))
        .allSatisfy(
            job -> {
              assertThat(job.getStatus()).isEqualTo(1);
              assertThat(job.getPhoneId()).matches("[0-9a-f]{32}");
              assertThat(job.getEndTime()).isNull();
            });

    ListJobsResponse paged =
        sdk.listJobs(new ListJobsRequest().withRequestIds(requestId).withOffset(2).withLimit(3));
    assertThat(paged.getJobs())
        .extracting(Job::getJobId)
        .containsExactlyElementsOf(deploy.<String>getList("jobs.job_id").subList(2, 5));
  }

  @Test
  void anUnknownJobSurfacesAsTheSdksClientExceptionWithTheCphCodeAndRequestId() {
    ClientRequestException error =
        catchThrowableOfType(
            ClientRequestException.class,
            () -> sdk.showJob(new ShowJobRequest().withJobId("0123456789abcdef0123456789abcdef")));

    assertThat(error.getHttpStatusCode()).isEqualTo(404);
    assertThat(error.getErrorCode()).isEqualTo("CPS.9302");
    assertThat(error.getErrorMsg()).isEqualTo("Job is not found.");
    assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
  }
}
