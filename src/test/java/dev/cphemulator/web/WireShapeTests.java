package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static dev.cphemulator.support.JsonShape.assertShape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.cphemulator.support.AppTest;
import dev.cphemulator.support.JsonShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every CPH operation the emulator serves answers exactly the keys CPH documents (and, for the
 * SDK's operations, those of the SDK models) with their JSON types: nothing missing, nothing extra,
 * ids of 32 hex characters, times as {@code YYYY-MM-DDTHH:MM:SSZ}. Keys that must not be there are
 * named: {@code count} on every list but servers and phones, {@code job_type} in job queries and
 * lifecycle actions, {@code job_id} on per-item errors, {@code server_id} on the jobs of
 * UpdateAppVersionOfPhone.
 */
class WireShapeTests extends AppTest {

  private static final String UNKNOWN = "0000000000000000000000000000beef";

  // --- 2.C servers ---

  @Test
  void listCloudPhoneServersAnswersCountAndServersInTheSdkTypes() {
    JsonNode answer = get("/servers?limit=1");

    assertShape(answer, "request_id", "id", "count", "integer", "servers", "array");
    JsonNode server = answer.get("servers").get(0);
    assertServerFields(server, false);
  }

  @Test
  void showCloudPhoneServerDetailAnswersTheServerFieldsAndItsNetworkAndDisks() {
    JsonNode answer = get("/servers/" + DOC_SERVER);

    assertServerFields(answer, true);
    assertShape(
        answer.get("band_widths").get(0),
        "band_width_name",
        "string",
        "band_width_id",
        "string",
        "band_width_size",
        "integer",
        "band_width_charge_mode",
        "integer",
        "band_width_share_type",
        "integer",
        "create_time",
        "time",
        "update_time",
        "time");
    assertShape(
        answer.get("volumes").get(0),
        "volume_name",
        "string",
        "volume_id",
        "string",
        "volume_size",
        "integer",
        "volume_type",
        "string",
        "create_time",
        "time",
        "update_time",
        "time");
    assertShape(
        answer.get("share_volume_info"),
        "volume_type",
        "string",
        "size",
        "integer",
        "version",
        "integer");
    assertThat(JsonShape.typeOf(answer.get("security_groups").get(0))).isEqualTo("string");
  }

  @Test
  void restartCloudPhoneServerAnswersServerJobsWithoutJobTypeAndErrorsWithoutJobId() {
    JsonNode answer =
        post(
            "/servers/batch-restart",
            Map.of("server_ids", List.of(SERVER_4_PHONES, UNKNOWN, STOPPED_SERVER)));

    assertShape(answer, "request_id", "id", "jobs", "array");
    assertShape(answer.get("jobs").get(0), "server_id", "string", "job_id", "id");
    for (int i = 1; i <= 2; i++) {
      assertShape(
          answer.get("jobs").get(i),
          "server_id",
          "string",
          "error_code",
          "string",
          "error_msg",
          "string");
    }
  }

  // --- 2.D phones ---

  @Test
  void listCloudPhonesAnswersCountAndPhonesInTheSdkTypes() {
    JsonNode answer = get("/phones?limit=1");

    assertShape(answer, "phones", "array", "request_id", "id", "count", "integer");
    JsonNode phone = answer.get("phones").get(0);
    assertShape(
        phone,
        "phone_name",
        "string",
        "server_id",
        "string",
        "phone_id",
        "string",
        "phone_model_name",
        "string",
        "image_id",
        "string",
        "image_version",
        "string",
        "vnc_enable",
        "string",
        "status",
        "integer",
        "type",
        "integer",
        "imei",
        "string",
        "traffic_type",
        "string",
        "volume_mode",
        "integer",
        "availability_zone",
        "string",
        "metadata",
        "object",
        "has_encrypt",
        "boolean",
        "create_time",
        "time",
        "update_time",
        "time");
    assertShape(phone.get("metadata"), "order_id", "string", "product_id", "string");
  }

  @Test
  void showCloudPhoneDetailAnswersThePhoneWithAccessInfosPropertyAndDataVolume() {
    String phoneId = phonesOf(DOC_SERVER).get(0);

    JsonNode answer = get("/phones/" + phoneId);

    assertShape(
        answer,
        "request_id",
        "id",
        "phone_name",
        "string",
        "server_id",
        "string",
        "phone_id",
        "string",
        "image_id",
        "string",
        "image_version",
        "string",
        "vnc_enable",
        "string",
        "phone_model_name",
        "string",
        "status",
        "integer",
        "access_infos",
        "array",
        "property",
        "string",
        "metadata",
        "object",
        "phone_data_volume",
        "object",
        "imei",
        "string",
        "type",
        "integer",
        "traffic_type",
        "string",
        "volume_mode",
        "integer",
        "availability_zone",
        "string",
        "has_encrypt",
        "boolean",
        "create_time",
        "time",
        "update_time",
        "time");
    assertShape(
        answer.get("access_infos").get(0),
        "type",
        "string",
        "device_ip",
        "string",
        "phone_ip",
        "string",
        "listen_port",
        "integer",
        "access_ip",
        "string",
        "public_ip",
        "string",
        "intranet_ip",
        "string",
        "server_ip",
        "string",
        "access_port",
        "integer",
        "phone_ipv6",
        "string",
        "server_ipv6",
        "string");
    assertShape(answer.get("metadata"), "order_id", "string", "product_id", "string");
    assertShape(answer.get("phone_data_volume"), "volume_type", "string", "volume_size", "integer");
  }

  @Test
  void phoneActionsAnswerPhoneJobsWithoutJobTypeAndErrorsWithoutJobId() {
    List<String> phones = phonesOf(DOC_SERVER);
    Map<String, Object> restart =
        Map.of("phones", List.of(Map.of("phone_id", phones.get(0)), Map.of("phone_id", UNKNOWN)));
    Map<String, Object> reset =
        Map.of("phones", List.of(Map.of("phone_id", phones.get(1)), Map.of("phone_id", UNKNOWN)));
    Map<String, Object> stop = Map.of("phone_ids", List.of(phones.get(2), UNKNOWN));

    for (JsonNode answer :
        List.of(
            post("/phones/batch-restart", restart),
            post("/phones/batch-reset", reset),
            post("/phones/batch-stop", stop))) {
      assertShape(answer, "request_id", "id", "jobs", "array");
      assertShape(answer.get("jobs").get(0), "phone_id", "string", "job_id", "id");
      assertShape(
          answer.get("jobs").get(1),
          "phone_id",
          "string",
          "error_code",
          "string",
          "error_msg",
          "string");
    }
  }

  // --- 2.B jobs ---

  @Test
  void showJobAndListJobsAnswerTheSdkJobFieldsWithoutJobTypeNodeIdOrCount() {
    JsonNode deploy =
        post(
            "/servers/action",
            Map.of(
                "batch_deploy_app_version",
                Map.of(
                    "app_version_ids",
                    List.of(DOC_APP_VERSION),
                    "server_ids",
                    List.of(SERVER_WITH_STOPPED_PHONE))));
    String requestId = deploy.get("request_id").asString();
    String parentId = deploy.get("jobs").get(0).get("job_id").asString();

    JsonNode running = get("/jobs/" + parentId);
    assertShowJob(running);
    assertThat(running.get("end_time").isNull()).isTrue();
    settle(); // one phone of the server is stopped: its install fails, and so does the deploy
    JsonNode failed = get("/jobs/" + parentId);
    assertShowJob(failed);
    assertThat(failed.get("status").asInt()).isEqualTo(-1);
    assertThat(JsonShape.typeOf(failed.get("error_code"))).isEqualTo("string");
    assertThat(JsonShape.typeOf(failed.get("error_msg"))).isEqualTo("string");

    JsonNode list = get("/jobs?request_id=" + requestId);
    assertShape(list, "request_id", "id", "jobs", "array");
    for (JsonNode job : list.get("jobs")) {
      assertShape(
          job,
          "phone_id",
          "string?",
          "server_id",
          "string?",
          "job_id",
          "id",
          "begin_time",
          "time",
          "end_time",
          "time?",
          "status",
          "integer",
          "error_code",
          "string?",
          "error_msg",
          "string?",
          "execute_msg",
          "string?");
    }
  }

  // --- 2.A application catalogue ---

  @Test
  void listAppsAnswersAppsWithoutCount() {
    createApp("shape-list");

    JsonNode answer = get("/apps");

    assertShape(answer, "request_id", "id", "apps", "array");
    for (JsonNode app : answer.get("apps")) {
      assertShape(
          app,
          "app_id",
          "string",
          "name",
          "string",
          "package_name",
          "string",
          "description",
          "string",
          "launch_activity",
          "string",
          "create_time",
          "time",
          "update_time",
          "time");
    }
  }

  @Test
  void createAndDeleteAnswerTheNewIdOrTheRequestIdAlone() {
    JsonNode app =
        post("/apps", Map.of("name", "shape-create", "package_name", "com.example.shape"));
    assertShape(app, "request_id", "id", "app_id", "id");
    JsonNode version = post("/app-versions", versionBody(app.get("app_id").asString(), "1"));
    assertShape(version, "request_id", "id", "app_version_id", "id");

    assertShape(
        delete("/app-versions/" + version.get("app_version_id").asString()), "request_id", "id");
    assertShape(delete("/apps/" + app.get("app_id").asString()), "request_id", "id");
  }

  @Test
  void queryAppDetailAndQueryAppVersionDetailSpellAppVersionIdRight() {
    JsonNode detail = get("/apps/" + DEMO_GAME_APP);
    assertShape(
        detail,
        "request_id",
        "id",
        "package_name",
        "string",
        "name",
        "string",
        "description",
        "string",
        "app_versions",
        "array");
    for (JsonNode version : detail.get("app_versions")) {
      assertShape(
          version,
          "app_version_id",
          "string",
          "version_code",
          "string",
          "version_name",
          "string",
          "bucket_name",
          "string",
          "object_path",
          "string",
          "launch_activity",
          "string",
          "create_time",
          "time",
          "update_time",
          "time");
    }

    assertShape(
        get("/app-versions/" + DOC_APP_VERSION),
        "request_id",
        "id",
        "app_id",
        "string",
        "app_version_id",
        "string",
        "version_code",
        "string",
        "version_name",
        "string",
        "launch_activity",
        "string",
        "bucket_name",
        "string",
        "object_path",
        "string",
        "create_time",
        "time",
        "update_time",
        "time");
  }

  // --- 2.A application actions and where versions are ---

  @Test
  void serverActionsAnswerEachJobInItsShapeAndErrorsWithoutJobId() {
    List<String> versions = List.of(DOC_APP_VERSION);
    List<String> servers = List.of(SERVER_4_PHONES, UNKNOWN);

    JsonNode push = serverActionJson("batch_push_app_version", versions, servers);
    assertShape(push, "request_id", "id", "jobs", "array");
    assertShape(
        push.get("jobs").get(0),
        "job_type",
        "integer",
        "job_id",
        "id",
        "server_id",
        "string",
        "app_version_id",
        "string");
    assertPerServerError(push.get("jobs").get(1));
    settle();

    JsonNode deploy = serverActionJson("batch_deploy_app_version", versions, servers);
    assertShape(
        deploy.get("jobs").get(0), "job_type", "integer", "job_id", "id", "server_id", "string");
    assertShape(
        deploy.get("jobs").get(2),
        "job_type",
        "integer",
        "job_id",
        "id",
        "server_id",
        "string",
        "phone_id",
        "string",
        "app_version_id",
        "string");
    assertPerServerError(deploy.get("jobs").get(deploy.get("jobs").size() - 1));
    settle();

    JsonNode undeploy = serverActionJson("batch_undeploy_app_version", versions, servers);
    assertThat(undeploy.get("jobs").get(0).get("job_type").asInt()).isEqualTo(40);
    assertShape(
        undeploy.get("jobs").get(0), "job_type", "integer", "job_id", "id", "server_id", "string");
    assertShape(
        undeploy.get("jobs").get(1),
        "job_type",
        "integer",
        "job_id",
        "id",
        "server_id",
        "string",
        "app_version_id",
        "string");
    assertShape(
        undeploy.get("jobs").get(2),
        "job_type",
        "integer",
        "job_id",
        "id",
        "server_id",
        "string",
        "phone_id",
        "string",
        "app_version_id",
        "string");
    assertPerServerError(undeploy.get("jobs").get(undeploy.get("jobs").size() - 1));

    JsonNode remove = serverActionJson("batch_remove_app_version", versions, servers);
    assertThat(remove.get("jobs").get(0).get("job_type").asInt()).isEqualTo(41);
    assertShape(
        remove.get("jobs").get(0),
        "job_type",
        "integer",
        "job_id",
        "id",
        "server_id",
        "string",
        "app_version_id",
        "string");
    assertPerServerError(remove.get("jobs").get(1));
  }

  @Test
  void updateAppVersionOfPhoneAnswersJobsWithoutServerId() {
    serverActionJson("batch_push_app_version", List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES));
    settle();
    String phone = phonesOf(SERVER_4_PHONES).get(0);

    JsonNode update = updatePhoneJson(phone);
    assertShape(update, "request_id", "id", "jobs", "array");
    assertShape(
        update.get("jobs").get(0),
        "job_type",
        "integer",
        "job_id",
        "id",
        "phone_id",
        "string",
        "app_version_id",
        "string");

    admin()
        .body(Map.of("status", 8))
        .put("/projects/" + project + "/servers/" + SERVER_4_PHONES + "/status")
        .then()
        .statusCode(200);
    assertShape(
        updatePhoneJson(phone).get("jobs").get(0),
        "job_type",
        "integer",
        "phone_id",
        "string",
        "app_version_id",
        "string",
        "error_code",
        "string",
        "error_msg",
        "string");
  }

  @Test
  void placementListsAnswerTheirEntriesWithoutCount() {
    serverActionJson("batch_deploy_app_version", List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    settle();
    String phone = phonesOf(DOC_SERVER).get(0);

    for (JsonNode onServerOrPhone :
        List.of(get("/servers/" + DOC_SERVER + "/apps"), get("/phones/" + phone + "/apps"))) {
      assertShape(onServerOrPhone, "request_id", "id", "apps", "array");
      assertShape(
          onServerOrPhone.get("apps").get(0),
          "app_id",
          "string",
          "package_name",
          "string",
          "name",
          "string",
          "description",
          "string",
          "app_version_id",
          "string",
          "version_code",
          "string",
          "version_name",
          "string",
          "launch_activity",
          "string");
    }

    JsonNode servers = get("/apps/" + DEMO_GAME_APP + "/servers");
    assertShape(servers, "request_id", "id", "servers", "array");
    assertShape(
        servers.get("servers").get(0),
        "server_id",
        "string",
        "app_version_id",
        "string",
        "version_code",
        "string",
        "version_name",
        "string",
        "launch_activity",
        "string");
    JsonNode phones = get("/apps/" + DEMO_GAME_APP + "/phones");
    assertShape(phones, "request_id", "id", "phones", "array");
    assertShape(
        phones.get("phones").get(0),
        "phone_id",
        "string",
        "app_version_id",
        "string",
        "version_code",
        "string",
        "version_name",
        "string",
        "launch_activity",
        "string");
  }

  // --- 1.4 errors ---

  @Test
  void errorsOfEveryFamilyAnswerTheThreeKeysOfCphsErrorBody() {
    for (String path :
        List.of(
            "/servers/" + UNKNOWN,
            "/phones/" + STOPPED_PHONE + "/apps?limit=0",
            "/jobs/" + UNKNOWN,
            "/apps/" + UNKNOWN,
            "/app-versions/" + UNKNOWN)) {
      String body =
          cph().get(path).then().statusCode(greaterThanOrEqualTo(400)).extract().asString();
      assertShape(
          JsonShape.parse(body), "request_id", "id", "error_code", "string", "error_msg", "string");
    }
  }

  // --- helpers ---

  private static void assertServerFields(JsonNode server, boolean detail) {
    List<String> pairs =
        new ArrayList<>(
            List.of(
                "server_name",
                "string",
                "availability_zone",
                "string",
                "server_id",
                "string",
                "server_model_name",
                "string",
                "phone_model_name",
                "string",
                "keypair_name",
                "string",
                "status",
                "integer",
                "vpc_id",
                "string",
                "cidr",
                "string",
                "vpc_cidr",
                "string",
                "subnet_id",
                "string",
                "subnet_cidr",
                "string",
                "addresses",
                "array",
                "resource_project_id",
                "string",
                "metadata",
                "object",
                "network_version",
                "string",
                "enterprise_project_id",
                "string",
                "create_time",
                "time",
                "update_time",
                "time"));
    if (detail) {
      pairs.addAll(
          List.of(
              "request_id",
              "id",
              "band_widths",
              "array",
              "volumes",
              "array",
              "share_volume_info",
              "object",
              "security_groups",
              "array"));
    }
    assertShape(server, pairs.toArray(String[]::new));
    assertShape(
        server.get("addresses").get(0),
        "intranet_ip",
        "string",
        "access_ip",
        "string",
        "server_ip",
        "string",
        "public_ip",
        "string");
    assertShape(
        server.get("metadata"),
        "product_id",
        "string",
        "order_id",
        "string",
        "charging_mode",
        "integer");
  }

  private static void assertShowJob(JsonNode job) {
    assertShape(
        job,
        "request_id",
        "id",
        "job_id",
        "id",
        "begin_time",
        "time",
        "end_time",
        "time?",
        "status",
        "integer",
        "phone_id",
        "string?",
        "server_id",
        "string?",
        "error_code",
        "string?",
        "error_msg",
        "string?",
        "execute_msg",
        "string?");
  }

  private static void assertPerServerError(JsonNode entry) {
    assertShape(
        entry,
        "job_type",
        "integer",
        "server_id",
        "string",
        "error_code",
        "string",
        "error_msg",
        "string");
  }

  private JsonNode get(String path) {
    return JsonShape.parse(cph().get(path).then().statusCode(200).extract().asString());
  }

  private JsonNode post(String path, Object body) {
    return JsonShape.parse(cph().body(body).post(path).then().statusCode(200).extract().asString());
  }

  private JsonNode delete(String path) {
    return JsonShape.parse(cph().delete(path).then().statusCode(200).extract().asString());
  }

  private JsonNode serverActionJson(String action, List<String> versions, List<String> servers) {
    return post(
        "/servers/action",
        Map.of(action, Map.of("app_version_ids", versions, "server_ids", servers)));
  }

  private JsonNode updatePhoneJson(String phoneId) {
    return post(
        "/phones/" + phoneId + "/action",
        Map.of("update_app_version", Map.of("app_version_ids", List.of(DOC_APP_VERSION))));
  }
}
