package dev.cphemulator.sdk;

import static dev.cphemulator.sdk.Sdk.assertEveryFieldSet;
import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.cph.v1.model.PhoneProperty;
import com.huaweicloud.sdk.cph.v1.model.ResetCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneRequestBody;
import com.huaweicloud.sdk.cph.v1.model.RestartCloudPhoneServerRequestBody;
import com.huaweicloud.sdk.cph.v1.model.StopCloudPhoneRequestBody;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field a real client can send is accepted, although unknown fields are refused: for the
 * operations the official SDK has, its request body model with every field filled, written as the
 * SDK writes it; for the application operations, which the SDK lacks, every field CPH documents.
 */
class RequestBodyFieldTests extends EmulatorTest {

  /** A running phone of the doc server. */
  private static final String PHONE = "1043d57a654e37bcbecee0aebe1dc53c";

  private static PhoneProperty phone() {
    return new PhoneProperty().withPhoneId(PHONE).withProperty("{\"com.cph.mainkeys\":1}");
  }

  static Stream<Arguments> sdkBodies() {
    return Stream.of(
        Arguments.of(
            "/phones/batch-restart",
            new RestartCloudPhoneRequestBody().withImageId("image-1").withPhones(List.of(phone()))),
        Arguments.of(
            "/phones/batch-reset",
            new ResetCloudPhoneRequestBody().withImageId("image-1").withPhones(List.of(phone()))),
        Arguments.of(
            "/phones/batch-stop", new StopCloudPhoneRequestBody().withPhoneIds(List.of(PHONE))),
        Arguments.of(
            "/servers/batch-restart",
            new RestartCloudPhoneServerRequestBody().withServerIds(List.of(DOC_SERVER))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sdkBodies")
  void everyFieldOfTheSdksRequestBodyIsAccepted(String path, Object body) {
    assertEveryFieldSet(body);
    assertEveryFieldSet(phone());
    String json = JsonUtils.toJSON(body);

    Response answer = cph().body(json).post(path);

    assertThat(answer.statusCode()).as(json + " -> " + answer.asString()).isEqualTo(200);
    List<Map<String, Object>> jobs = answer.jsonPath().getList("jobs");
    assertThat(jobs)
        .as(answer.asString())
        .singleElement()
        .satisfies(job -> assertThat(job).containsKey("job_id").doesNotContainKey("error_code"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          /apps               | {'name':'every-field','package_name':'com.example.every','description':'All of it.'}
          /app-versions       | {'app_id':'{a}','version_code':'900','version_name':'9.0.0','launch_activity':'com.example.Main','bucket_name':'bucket-1','object_path':'apps/every.tar'}
          /servers/action     | {'batch_deploy_app_version':{'app_version_ids':['{v}'],'server_ids':['{s}']}}
          /servers/action     | {'batch_push_app_version':{'app_version_ids':['{v}'],'server_ids':['{s}']}}
          /servers/action     | {'batch_remove_app_version':{'server_ids':['{s}'],'app_version_ids':['{v}']}}
          /servers/action     | {'batch_undeploy_app_version':{'server_ids':['{s}'],'app_version_ids':['{v}']}}
          /phones/{phone}/action | {'update_app_version':{'app_version_ids':['{v}']}}
          """)
  void everyFieldCphDocumentsForAnApplicationOperationIsAccepted(String path, String body) {
    cph()
        .body(
            Map.of(
                "batch_push_app_version",
                Map.of(
                    "app_version_ids",
                    List.of(DOC_APP_VERSION),
                    "server_ids",
                    List.of(DOC_SERVER))))
        .post("/servers/action")
        .then()
        .statusCode(200);
    settle();
    String json =
        body.replace('\'', '"')
            .replace("{v}", DOC_APP_VERSION)
            .replace("{s}", DOC_SERVER)
            .replace("{a}", DEMO_GAME_APP);

    Response answer = cph().body(json).post(path.replace("{phone}", PHONE));

    assertThat(answer.statusCode()).as(json + " -> " + answer.asString()).isEqualTo(200);
  }
}
