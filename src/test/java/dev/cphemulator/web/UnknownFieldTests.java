package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CPH body with a field the operation does not know is refused, naming the field, and changes
 * nothing: a misspelled key ({@code server_idz}) would otherwise be dropped in silence and the
 * request would do something other than what its sender meant.
 */
class UnknownFieldTests extends EmulatorTest {

  private static final String PHONE = "1043d57a654e37bcbecee0aebe1dc53c";

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          /servers/action     | {'batch_deploy_app_version':{'app_version_ids':['{v}'],'server_ids':['{s}']},'dry_run':true} | dry_run
          /servers/action     | {'batch_deploy_app_version':{'app_version_ids':['{v}'],'server_idz':['{s}']}}             | batch_deploy_app_version.server_idz
          /servers/action     | {'batch_push_app_version':{'app_version_ids':['{v}'],'server_ids':['{s}'],'force':1}}     | batch_push_app_version.force
          /servers/action     | {'batch_deploy_app_versions':{'app_version_ids':['{v}'],'server_ids':['{s}']}}            | batch_deploy_app_versions
          /phones/{phone}/action | {'update_app_version':{'app_version_ids':['{v}'],'phone_id':'{phone}'}}               | update_app_version.phone_id
          /phones/{phone}/action | {'update_app_versions':{'app_version_ids':['{v}']}}                                   | update_app_versions
          /apps               | {'name':'a','package_name':'com.a','launch_activity':'a.B'}                               | launch_activity
          /app-versions       | {'app_id':'{a}','version_code':'9','version_name':'9','launch_activity':'a.B','bucket_name':'bucket','object_path':'a.tar','app_version_name':'x'} | app_version_name
          /phones/batch-restart | {'phones':[{'phone_id':'{phone}','propertee':'{}'}]}                                     | phones[0].propertee
          /phones/batch-restart | {'phone_ids':['{phone}']}                                                                | phone_ids
          /phones/batch-reset | {'image_id':'img','phones':[{'phone_id':'{phone}'}],'image':'x'}                          | image
          /phones/batch-stop  | {'phone_ids':['{phone}'],'force':true}                                                    | force
          /servers/batch-restart | {'server_id':'{s}'}                                                                    | server_id
          """)
  void anUnknownFieldIsRefusedByNameAndChangesNothing(String path, String body, String field) {
    List<String> before = state();

    Response answer =
        cph()
            .body(
                body.replace('\'', '"')
                    .replace("{v}", DOC_APP_VERSION)
                    .replace("{s}", DOC_SERVER)
                    .replace("{a}", DEMO_GAME_APP)
                    .replace("{phone}", PHONE))
            .post(path.replace("{phone}", PHONE));

    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
    JsonPath error = answer.jsonPath();
    assertThat(error.getMap("").keySet())
        .containsExactlyInAnyOrder("request_id", "error_code", "error_msg");
    assertThat(error.getString("error_code")).isEqualTo("CPS.9001");
    String name = field.substring(field.lastIndexOf('.') + 1);
    assertThat(error.getString("error_msg"))
        .startsWith(
            "Parameter: " + field + " is invalid: unknown field '" + name + "'; known fields: [");
    assertThat(state()).isEqualTo(before);
  }

  /** The apps of a CPH list answer, without its request id. */
  private static String apps(Response answer) {
    return String.valueOf(answer.jsonPath().getList("apps"));
  }

  /** What a refused request could change: the project's jobs, fleet, catalogue and placements. */
  private List<String> state() {
    return List.of(
        admin().get("/projects/{p}/jobs", project).asString(),
        admin().get("/projects/{p}/fleet", project).asString(),
        apps(cph().get("/apps")),
        apps(cph().get("/servers/{s}/apps", DOC_SERVER)),
        apps(cph().get("/phones/{phone}/apps", PHONE)));
  }
}
