package dev.cphemulator.admin;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Operator bodies are read as strictly as CPH's: a value of the wrong type, an empty id, a key
 * given twice or an unknown field is refused with the field named, and the refused request changes
 * nothing.
 */
class StrictOperatorInputTests extends EmulatorTest {

  private static final String PHONE = "1043d57a654e37bcbecee0aebe1dc53c";

  /** JSON written with ' for " so that it fits a CSV row. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          {'servers':[{'server_id':'s1','phone_count':1.5}]}  | servers[0].phone_count: expected a whole number
          {'servers':[{'server_id':'s1','phone_count':' '}]}  | servers[0].phone_count: expected a whole number
          {'servers':[{'server_id':'s1','phone_count':'2'}]}  | servers[0].phone_count: expected a whole number
          {'servers':[{'server_id':true}]}                     | servers[0].server_id: expected a string
          {'servers':[{'server_id':'s1','status':5.0}]}       | servers[0].status: expected a whole number
          {'apps':[{'name':'a','package_name':'com.a','versions':[{'app_version_id':'','version_code':'1'}]}]} | apps[0].versions[0].app_version_id: use letters
          {'apps':[{'name':'a','package_name':'com.a','versions':[{'version_code':1}]}]} | apps[0].versions[0].version_code: expected a string
          {'servers':[{'server_id':'s1','server_id':'s2'}]}   | servers[0]: not valid JSON: Duplicate Object property "server_id"
          {'servers':[{'server_id':'s1'}],'servers':[]}       | line 1: not valid JSON: Duplicate Object property "servers"
          {'servers':[{'server_id':'s1','phone_cnt':2}]}      | servers[0].phone_cnt: unknown field 'phone_cnt'
          """)
  void aJsonFleetThatWouldBeCoercedIsRefusedAndTheProjectKeepsItsFleetJobsAndPlacements(
      String fleet, String problem) {
    List<String> before = projectWithJobsAndPlacements();

    Response answer = admin().body(json(fleet)).put("/projects/{p}/fleet", project);

    assertThat(refusal(answer, "CPS.9802")).startsWith("The fleet is invalid at " + problem);
    assertThat(state()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          servers:\\n  - server_id: s1\\n    phone_count: 1.5      | servers[0].phone_count: expected a whole number
          servers:\\n  - server_id: s1\\n    phone_count: ' '      | servers[0].phone_count: expected a whole number
          servers:\\n  - server_id: true                          | servers[0].server_id: expected a string
          servers:\\n  - server_id: s1\\n    server_id: s2         | servers[0]: not valid YAML: Duplicate Object property "server_id"
          apps:\\n  - name: a\\n    package_name: com.a\\n    versions:\\n      - version_code: 100 | apps[0].versions[0].version_code: expected a string
          """)
  void aYamlFleetThatWouldBeCoercedIsRefusedAndTheProjectKeepsItsFleetJobsAndPlacements(
      String fleet, String problem) {
    List<String> before = projectWithJobsAndPlacements();

    Response answer =
        admin()
            .contentType("application/yaml")
            .body(fleet.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))
            .put("/projects/{p}/fleet", project);

    assertThat(refusal(answer, "CPS.9802")).startsWith("The fleet is invalid at " + problem);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aFleetReadBackIsAcceptedAsItIs() {
    projectWithJobsAndPlacements();
    String fleet = admin().get("/projects/{p}/fleet", project).then().extract().asString();

    admin().body(fleet).put("/projects/{p}/fleet", project).then().statusCode(200);

    assertThat(admin().get("/projects/{p}/fleet", project).then().extract().asString())
        .isEqualTo(fleet);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          POST | /faults                                                  | {'job_typ':'install'}                 | job_typ
          POST | /faults                                                  | {'project_id':'{p}','phone':'x'}      | phone
          PUT  | /clock                                                   | {'mode':'manual','nw':'2030-01-01T00:00:00Z'} | nw
          POST | /clock/advance                                           | {'by':'1s','until':'2s'}              | until
          PUT  | /projects/{p}/servers/88b8449b896f3a4f0ad57222dd91909/status | {'status':8,'reason':'x'}        | reason
          PUT  | /projects/{p}/phones/1043d57a654e37bcbecee0aebe1dc53c/status | {'statuss':8}                    | statuss
          """)
  void anUnknownFieldInAnOperatorBodyIsRefusedByNameAndChangesNothing(
      String method, String path, String body, String field) {
    List<String> before = state();

    Response answer =
        admin()
            .body(json(body).replace("{p}", project))
            .request(method, path.replace("{p}", project));

    assertThat(refusal(answer, "CPS.9801"))
        .startsWith(field + ": unknown field '" + field + "'; known fields: [");
    assertThat(state()).isEqualTo(before);
  }

  // --- the project and what a request may not change ---

  /**
   * Gives this test's project jobs (one deploy, ended) and placements (the version deployed on the
   * doc server), and answers its state.
   */
  private List<String> projectWithJobsAndPlacements() {
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    settle();
    assertThat(
            cph().get("/servers/{s}/apps", DOC_SERVER).then().extract().jsonPath().getList("apps"))
        .isNotEmpty();
    return state();
  }

  /**
   * What a refused request could change: the project's fleet, jobs and placements; rules; clock.
   */
  private List<String> state() {
    return List.of(
        admin().get("/projects/{p}/fleet", project).asString(),
        admin().get("/projects/{p}/jobs", project).asString(),
        apps(cph().get("/servers/{s}/apps", DOC_SERVER)),
        apps(cph().get("/phones/{phone}/apps", PHONE)),
        admin().get("/faults").asString(),
        admin().get("/clock").asString());
  }

  /** The apps of a CPH list answer, without its request id. */
  private static String apps(Response answer) {
    return String.valueOf(answer.jsonPath().getList("apps"));
  }

  /** Asserts a 400 CPH error body with this code; answers its message. */
  private static String refusal(Response answer, String code) {
    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
    JsonPath body = answer.jsonPath();
    assertThat(body.getMap("").keySet())
        .containsExactlyInAnyOrder("request_id", "error_code", "error_msg");
    assertThat(body.getString("error_code")).as(answer.asString()).isEqualTo(code);
    return body.getString("error_msg");
  }
}
