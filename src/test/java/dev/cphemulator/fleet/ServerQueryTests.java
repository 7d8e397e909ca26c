package dev.cphemulator.fleet;

import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerQueryTests extends EmulatorTest {

  /** The default fleet's servers, newest first (each is created an hour after the one before). */
  static final List<String> NEWEST_FIRST =
      List.of(
          STOPPED_SERVER, SERVER_4_PHONES, SERVER_10_PHONES, SERVER_WITH_STOPPED_PHONE, DOC_SERVER);

  @Test
  void listsEveryServerNewestFirstWithTheTotalCount() {
    cph()
        .get("/servers")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("request_id", matchesPattern("[0-9a-f]{32}"))
        .body("count", equalTo(5))
        .body("servers.server_id", equalTo(NEWEST_FIRST));
  }

  @Test
  void pagesWithOffsetAndLimitWhileCountStaysTheTotal() {
    cph()
        .queryParam("offset", 1)
        .queryParam("limit", 2)
        .get("/servers")
        .then()
        .statusCode(200)
        .body("count", equalTo(5))
        .body("servers.server_id", contains(SERVER_4_PHONES, SERVER_10_PHONES));
    cph()
        .queryParam("offset", 5)
        .get("/servers")
        .then()
        .body("count", equalTo(5))
        .body("servers", empty());
  }

  @Test
  void answersEveryFieldOfTheSdkServerModelWithItsCphType() {
    JsonPath body =
        cph()
            .queryParam("server_id", DOC_SERVER)
            .get("/servers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> server = body.getMap("servers[0]");
    assertThat(server)
        .containsOnlyKeys(
            "server_name",
            "availability_zone",
            "server_id",
            "server_model_name",
            "phone_model_name",
            "keypair_name",
            "status",
            "vpc_id",
            "cidr",
            "vpc_cidr",
            "subnet_id",
            "subnet_cidr",
            "addresses",
            "resource_project_id",
            "metadata",
            "network_version",
            "enterprise_project_id",
            "create_time",
            "update_time");
    assertThat(server.values()).doesNotContainNull();
    assertThat(server.get("status")).isEqualTo(5);
    assertThat(server.get("server_name")).isEqualTo("cph-demo-01");
    assertThat(server.get("resource_project_id")).isEqualTo(project);
    assertThat(server.get("network_version")).isEqualTo("v2");
    assertThat(server.get("create_time")).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(body.getMap("servers[0].metadata"))
        .containsOnlyKeys("product_id", "order_id", "charging_mode")
        .hasEntrySatisfying("charging_mode", mode -> assertThat(mode).isInstanceOf(Integer.class))
        .hasEntrySatisfying("order_id", id -> assertThat(id).isInstanceOf(String.class));
    Map<String, Object> address = body.getMap("servers[0].addresses[0]");
    assertThat(address).containsOnlyKeys("intranet_ip", "access_ip", "server_ip", "public_ip");
    assertThat(address.values())
        .allSatisfy(ip -> assertThat((String) ip).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
  }

  @ParameterizedTest
  @CsvSource({
    "server_name, demo-03, " + SERVER_10_PHONES,
    "server_id, " + SERVER_4_PHONES + ", " + SERVER_4_PHONES,
    "status, 10, " + STOPPED_SERVER,
  })
  void filtersByOneField(String name, String value, String expected) {
    cph()
        .queryParam(name, value)
        .get("/servers")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("servers.server_id", contains(expected));
  }

  @Test
  void matchesNamesBySubstringAndNetworkAndModelExactly() {
    cph().queryParam("server_name", "cph-demo").get("/servers").then().body("count", equalTo(5));
    cph().queryParam("server_name", "CPH-DEMO").get("/servers").then().body("count", equalTo(0));
    cph().queryParam("network_version", "v2").get("/servers").then().body("count", equalTo(5));
    cph()
        .queryParam("network_version", "v1")
        .get("/servers")
        .then()
        .body("count", equalTo(0))
        .body("servers", empty());
    cph()
        .queryParam("phone_model_name", "rx1.cp.c15.d46.e1v1")
        .get("/servers")
        .then()
        .body("count", equalTo(5));
    cph().queryParam("phone_model_name", "rx1.cp").get("/servers").then().body("count", equalTo(0));
  }

  @Test
  void combinesFiltersAndTreatsEmptyValuesAsAbsent() {
    cph()
        .queryParam("server_name", "")
        .queryParam("status", 5)
        .queryParam("network_version", "v2")
        .get("/servers")
        .then()
        .statusCode(200)
        .body("count", equalTo(4))
        .body(
            "servers.server_id",
            contains(SERVER_4_PHONES, SERVER_10_PHONES, SERVER_WITH_STOPPED_PHONE, DOC_SERVER));
  }

  @Test
  void filtersByCreationWindowGivenInEpochMillisecondsInclusive() {
    long second = Instant.parse("2024-01-01T01:00:00Z").toEpochMilli();
    long third = Instant.parse("2024-01-01T02:00:00Z").toEpochMilli();
    cph()
        .queryParam("create_since", second)
        .queryParam("create_until", third)
        .get("/servers")
        .then()
        .statusCode(200)
        .body("servers.server_id", contains(SERVER_10_PHONES, SERVER_WITH_STOPPED_PHONE));
    cph().queryParam("create_since", third + 1).get("/servers").then().body("count", equalTo(2));
    cph()
        .queryParam("create_until", second - 1)
        .get("/servers")
        .then()
        .body("servers.server_id", contains(DOC_SERVER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "7", "1.5", "99999999999"})
  void refusesAStatusThatIsNoServerStatusWithCps0010(String status) {
    cph()
        .queryParam("status", status)
        .get("/servers")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0010"))
        .body("error_msg", equalTo("Parameter: status is invalid."));
  }

  @ParameterizedTest
  @CsvSource({"limit, 0", "limit, 101", "limit, x", "offset, -1", "offset, 1e3"})
  void refusesBadPagingWithCps0002(String name, String value) {
    cph()
        .queryParam(name, value)
        .get("/servers")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0002"))
        .body("error_msg", equalTo("Parameter: offset or limit is invalid."));
  }

  @Test
  void refusesAnUnknownNetworkVersionAndANonNumericTime() {
    cph()
        .queryParam("network_version", "v3")
        .get("/servers")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", equalTo("Parameter: network_version is invalid: use v1 or v2"));
    cph()
        .queryParam("create_since", "yesterday")
        .get("/servers")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
  }

  @Test
  void showsAServerWithDerivedBandwidthVolumesSharedVolumeAndSecurityGroups() {
    JsonPath body =
        cph().get("/servers/{id}", SERVER_10_PHONES).then().statusCode(200).extract().jsonPath();
    Map<String, Object> server = body.getMap("$");
    assertThat(server.values()).doesNotContainNull();
    assertThat(server)
        .containsEntry("server_id", SERVER_10_PHONES)
        .containsEntry("server_name", "cph-demo-03")
        .containsEntry("status", 5)
        .containsEntry("resource_project_id", project)
        .containsKeys(
            "band_widths", "volumes", "share_volume_info", "security_groups", "addresses");
    Map<String, Object> bandwidth = body.getMap("band_widths[0]");
    assertThat(bandwidth.values()).doesNotContainNull();
    assertThat(bandwidth)
        .containsEntry("band_width_name", "cph-demo-03-bandwidth")
        .containsEntry("band_width_size", 100)
        .containsEntry("band_width_charge_mode", 0)
        .containsEntry("band_width_share_type", 0)
        .containsEntry("create_time", "2024-01-01T02:00:00Z");
    assertThat((String) bandwidth.get("band_width_id")).matches("[0-9a-f]{32}");
    Map<String, Object> volume = body.getMap("volumes[0]");
    assertThat(volume.values()).doesNotContainNull();
    assertThat(volume).containsEntry("volume_size", 128).containsEntry("volume_type", "SSD");
    assertThat(body.getMap("share_volume_info"))
        .containsEntry("volume_type", "SSD")
        .containsEntry("size", 10 * 32)
        .containsEntry("version", 1);
    assertThat(body.getList("security_groups", String.class))
        .singleElement()
        .asString()
        .matches("[0-9a-f]{32}");
    assertThat(body.getMap("metadata")).containsOnlyKeys("charging_mode", "product_id", "order_id");
  }

  @Test
  void derivesTheSameDetailEveryTime() {
    String first =
        cph()
            .get("/servers/{id}", DOC_SERVER)
            .then()
            .extract()
            .jsonPath()
            .getString("band_widths[0].band_width_id");
    String again =
        cph()
            .get("/servers/{id}", DOC_SERVER)
            .then()
            .extract()
            .jsonPath()
            .getString("band_widths[0].band_width_id");
    String other =
        cph()
            .get("/servers/{id}", SERVER_4_PHONES)
            .then()
            .extract()
            .jsonPath()
            .getString("band_widths[0].band_width_id");
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void answers404ForAServerTheProjectDoesNotHave() {
    cph()
        .get("/servers/{id}", "0123456789abcdef0123456789abcdef")
        .then()
        .statusCode(404)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("error_code", equalTo("CPS.9103"))
        .body("error_msg", equalTo("Server is not found."));
  }

  @Test
  void answersAnEmptyPageNotAnErrorWhenNothingMatches() {
    cph()
        .queryParam("server_id", "nope")
        .get("/servers")
        .then()
        .statusCode(200)
        .body("count", equalTo(0))
        .body("servers", hasSize(0));
  }
}
