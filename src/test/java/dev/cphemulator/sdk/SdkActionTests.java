package dev.cphemulator.sdk;

import static dev.cphemulator.sdk.Sdk.assertEveryFieldSet;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.Job;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest;
import com.huaweicloud.sdk.cph.v1.model.ListJobsRequest;
import com.huaweicloud.sdk.cph.v1.model.ListJobsResponse;
import com.huaweicloud.sdk.cph.v1.model.Phone;
import com.huaweicloud.sdk.cph.v1.model.PhoneJob;
import com.huaweicloud.sdk.cph.v1.model.PhoneProperty;
import com.huaweicloud.sdk.cph.v1.model.ResetCloudPhoneRequest;
import com.huaweicloud.sdk.cph.v1.model.ResetCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.ResetCloudPhoneResponse;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneRequest;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneResponse;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneServerRequest;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneServerRequestBody;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneServerResponse;
import com.huaweicloud.sdk.cph.v1.model.ServerJob;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneDetailRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneServerDetailRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowJobRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowJobResponse;
import com.huaweicloud.sdk.cph.v1.model.StopCloudPhoneRequest;
import com.huaweicloud.sdk.cph.v1.model.StopCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.StopCloudPhoneResponse;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.support.EmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lifecycle actions, ShowJob and ListJobs through the official SDK: jobs are created, the
 * manual clock is moved, and the SDK polls them to their end.
 */
class SdkActionTests extends EmulatorTest {

  static final String HEX32 = "[0-9a-f]{32}";

  @Autowired VirtualClock clock;
  CphClient sdk;

  @BeforeEach
  void client() {
    sdk = Sdk.client(port, project);
  }

  List<String> phonesOf(String serverId) {
    return sdk
        .listCloudPhones(new ListCloudPhonesRequest().withServerId(serverId))
        .getPhones()
        .stream()
        .map(Phone::getPhoneId)
        .toList();
  }

  int phoneStatus(String phoneId) {
    return sdk.showCloudPhoneDetail(new ShowCloudPhoneDetailRequest().withPhoneId(phoneId))
        .getStatus();
  }

  ShowJobResponse showJob(String jobId) {
    return sdk.showJob(new ShowJobRequest().withJobId(jobId));
  }

  @Test
  void restartCloudPhoneStartsAJobThatShowJobAndListJobsFollowToItsEnd() {
    String phone = phonesOf(DOC_SERVER).get(0);
    String unknown = "0123456789abcdef0123456789abcdef";

    RestartCloudPhoneResponse restart =
        sdk.restartCloudPhone(
            new RestartCloudPhoneRequest()
                .withBody(
                    new RestartCloudPhoneRequestBody()
                        .withPhones(
                            List.of(
                                new PhoneProperty()
                                    .withPhoneId(phone)
                                    .withProperty("{\"com.cph.mainkeys\":1}"),
                                new PhoneProperty().withPhoneId(unknown)))));
    assertEveryFieldSet(restart);
    assertThat(restart.getRequestId()).matches(HEX32);
    assertThat(restart.getJobs()).hasSize(2);
    PhoneJob started = restart.getJobs().get(0);
    assertEveryFieldSet(started, "errorCode", "errorMsg");
    assertThat(started.getPhoneId()).isEqualTo(phone);
    assertThat(started.getJobId()).matches(HEX32);
    PhoneJob refused = restart.getJobs().get(1);
    assertEveryFieldSet(refused, "jobId");
    assertThat(refused.getPhoneId()).isEqualTo(unknown);
    assertThat(refused.getErrorCode()).isEqualTo("CPS.0005");
    assertThat(refused.getErrorMsg()).isEqualTo("Phone is not found.");

    ShowJobResponse running = showJob(started.getJobId());
    assertEveryFieldSet(running, "endTime", "errorCode", "errorMsg", "executeMsg");
    assertThat(running.getStatus()).isEqualTo(1);
    assertThat(running.getJobId()).isEqualTo(started.getJobId());
    assertThat(running.getRequestId()).matches(HEX32).isNotEqualTo(restart.getRequestId());
    assertThat(running.getPhoneId()).isEqualTo(phone);
    assertThat(running.getServerId()).isEqualTo(DOC_SERVER);
    assertThat(running.getBeginTime()).isEqualTo(clockText());
    assertThat(phoneStatus(phone)).isEqualTo(4);

    clock.advance(Duration.ofSeconds(5));

    ShowJobResponse done = showJob(started.getJobId());
    assertEveryFieldSet(done, "errorCode", "errorMsg", "executeMsg");
    assertThat(done.getStatus()).isEqualTo(2);
    assertThat(Instant.parse(done.getEndTime()))
        .isEqualTo(Instant.parse(done.getBeginTime()).plusSeconds(5));
    assertThat(phoneStatus(phone)).isEqualTo(2);
    assertThat(
            sdk.showCloudPhoneDetail(new ShowCloudPhoneDetailRequest().withPhoneId(phone))
                .getProperty())
        .contains("\"com.cph.mainkeys\":1");

    ListJobsResponse jobs =
        sdk.listJobs(new ListJobsRequest().withRequestId(restart.getRequestId()));
    assertEveryFieldSet(jobs);
    assertThat(jobs.getJobs())
        .singleElement()
        .satisfies(
            job -> {
              assertEveryFieldSet(job, "nodeId", "errorCode", "errorMsg", "executeMsg");
              assertThat(job.getJobId()).isEqualTo(started.getJobId());
              assertThat(job.getPhoneId()).isEqualTo(phone);
              assertThat(job.getServerId()).isEqualTo(DOC_SERVER);
              assertThat(job.getStatus()).isEqualTo(2);
              assertThat(job.getBeginTime()).isEqualTo(done.getBeginTime());
              assertThat(job.getEndTime()).isEqualTo(done.getEndTime());
            });
  }

  @Test
  void resetAndStopCloudPhoneAnswerPhoneJobsAndMoveThePhones() {
    List<String> phones = phonesOf(SERVER_4_PHONES);
    ResetCloudPhoneResponse reset =
        sdk.resetCloudPhone(
            new ResetCloudPhoneRequest()
                .withBody(
                    new ResetCloudPhoneRequestBody()
                        .withImageId("0123456789abcdef0123456789abcdef")
                        .withPhones(List.of(new PhoneProperty().withPhoneId(phones.get(0))))));
    StopCloudPhoneResponse stop =
        sdk.stopCloudPhone(
            new StopCloudPhoneRequest()
                .withBody(
                    new StopCloudPhoneRequestBody()
                        .withPhoneIds(List.of(phones.get(1), phones.get(2)))));

    assertEveryFieldSet(reset);
    assertThat(reset.getJobs())
        .singleElement()
        .satisfies(job -> assertEveryFieldSet(job, "errorCode", "errorMsg"));
    assertEveryFieldSet(stop);
    assertThat(stop.getJobs())
        .extracting(PhoneJob::getPhoneId)
        .containsExactly(phones.get(1), phones.get(2));
    assertThat(stop.getJobs()).allSatisfy(job -> assertThat(job.getJobId()).matches(HEX32));
    assertThat(phoneStatus(phones.get(0))).isEqualTo(3);
    assertThat(phoneStatus(phones.get(1))).isEqualTo(7);

    clock.advance(Duration.ofSeconds(5));

    assertThat(phoneStatus(phones.get(0))).isEqualTo(2);
    assertThat(phoneStatus(phones.get(1))).isEqualTo(8);
    assertThat(phoneStatus(phones.get(2))).isEqualTo(8);
    ListJobsResponse jobs =
        sdk.listJobs(
            new ListJobsRequest().withRequestIds(reset.getRequestId() + "," + stop.getRequestId()));
    assertThat(jobs.getJobs()).hasSize(3).extracting(Job::getStatus).containsOnly(2);
  }

  @Test
  void restartCloudPhoneServerAnswersServerJobsIncludingThePerItemCps0097() {
    RestartCloudPhoneServerResponse restart =
        sdk.restartCloudPhoneServer(
            new RestartCloudPhoneServerRequest()
                .withBody(
                    new RestartCloudPhoneServerRequestBody()
                        .withServerIds(List.of(SERVER_WITH_STOPPED_PHONE, "nope"))));

    assertEveryFieldSet(restart);
    ServerJob started = restart.getJobs().get(0);
    assertEveryFieldSet(started, "errorCode", "errorMsg");
    assertThat(started.getServerId()).isEqualTo(SERVER_WITH_STOPPED_PHONE);
    ServerJob refused = restart.getJobs().get(1);
    assertEveryFieldSet(refused, "jobId");
    assertThat(refused.getServerId()).isEqualTo("nope");
    assertThat(refused.getErrorCode()).isEqualTo("CPS.0097");
    assertThat(refused.getErrorMsg()).isEqualTo("Parameter: server_id is invalid.");
    assertThat(
            sdk.showCloudPhoneServerDetail(
                    new ShowCloudPhoneServerDetailRequest().withServerId(SERVER_WITH_STOPPED_PHONE))
                .getStatus())
        .isEqualTo(13);

    clock.advance(Duration.ofSeconds(10));

    ShowJobResponse done = showJob(started.getJobId());
    assertEveryFieldSet(done, "phoneId", "errorCode", "errorMsg", "executeMsg");
    assertThat(done.getStatus()).isEqualTo(2);
    assertThat(done.getServerId()).isEqualTo(SERVER_WITH_STOPPED_PHONE);
    assertThat(
            sdk.showCloudPhoneServerDetail(
                    new ShowCloudPhoneServerDetailRequest().withServerId(SERVER_WITH_STOPPED_PHONE))
                .getStatus())
        .isEqualTo(5);
    assertThat(phoneStatus(STOPPED_PHONE)).isEqualTo(8);
  }

  @Test
  void listJobsAndShowJobFollowADeploymentIncludingAFailedInstall() {
    String requestId =
        cph()
            .body(
                "{\"batch_deploy_app_version\":{\"server_ids\":[\""
                    + SERVER_WITH_STOPPED_PHONE
                    + "\"],\"app_version_ids\":[\""
                    + DOC_APP_VERSION
                    + "\"]}}")
            .post("/servers/action")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("request_id");

    ListJobsResponse running =
        sdk.listJobs(new ListJobsRequest().withRequestId(requestId).withLimit(100).withOffset(0));
    assertThat(running.getJobs()).hasSize(1 + 1 + 8).extracting(Job::getStatus).containsOnly(1);
    assertThat(running.getJobs()).allSatisfy(job -> assertThat(job.getEndTime()).isNull());

    clock.advance(Duration.ofSeconds(5));

    ListJobsResponse ended = sdk.listJobs(new ListJobsRequest().withRequestId(requestId));
    List<Job> installs = ended.getJobs().stream().filter(job -> job.getPhoneId() != null).toList();
    assertThat(installs).hasSize(8);
    Job failed =
        installs.stream()
            .filter(job -> job.getPhoneId().equals(STOPPED_PHONE))
            .findFirst()
            .orElseThrow();
    assertEveryFieldSet(failed, "nodeId", "executeMsg");
    assertThat(failed.getStatus()).isEqualTo(-1);
    assertThat(failed.getErrorCode()).isEqualTo("CPS.9102");
    assertThat(failed.getErrorMsg()).isEqualTo("Phone is not running (status 8).");
    assertThat(installs)
        .filteredOn(job -> job != failed)
        .extracting(Job::getStatus)
        .containsOnly(2);

    ShowJobResponse parent = showJob(ended.getJobs().get(0).getJobId());
    assertEveryFieldSet(parent, "phoneId", "executeMsg");
    assertThat(parent.getStatus()).isEqualTo(-1);
    assertThat(parent.getErrorCode()).isEqualTo("CPS.9304");
    assertThat(parent.getServerId()).isEqualTo(SERVER_WITH_STOPPED_PHONE);

    assertThat(
            sdk.listJobs(new ListJobsRequest().withRequestId(requestId).withOffset(2).withLimit(3))
                .getJobs())
        .extracting(Job::getJobId)
        .containsExactlyElementsOf(
            ended.getJobs().subList(2, 5).stream().map(Job::getJobId).toList());
  }

  @Test
  void errorsOfActionsAndJobsSurfaceAsClientRequestExceptions() {
    ClientRequestException empty =
        catchThrowableOfType(
            ClientRequestException.class,
            () ->
                sdk.stopCloudPhone(
                    new StopCloudPhoneRequest()
                        .withBody(new StopCloudPhoneRequestBody().withPhoneIds(List.of()))));
    assertThat(empty.getHttpStatusCode()).isEqualTo(400);
    assertThat(empty.getErrorCode()).isEqualTo("CPS.0009");
    assertThat(empty.getErrorMsg()).isEqualTo("Parameter: phone_id list is empty.");
    assertThat(empty.getRequestId()).matches(HEX32);

    ClientRequestException noJob =
        catchThrowableOfType(
            ClientRequestException.class, () -> showJob("0123456789abcdef0123456789abcdef"));
    assertThat(noJob.getHttpStatusCode()).isEqualTo(404);
    assertThat(noJob.getErrorCode()).isEqualTo("CPS.9302");
    assertThat(noJob.getErrorMsg()).isEqualTo("Job is not found.");
    assertThat(noJob.getRequestId()).matches(HEX32);

    ClientRequestException noRequest =
        catchThrowableOfType(
            ClientRequestException.class, () -> sdk.listJobs(new ListJobsRequest()));
    assertThat(noRequest.getHttpStatusCode()).isEqualTo(400);
    assertThat(noRequest.getErrorCode()).isEqualTo("CPS.9001");
  }

  private String clockText() {
    return dev.cphemulator.kernel.CphTime.format(clock.instant());
  }
}
