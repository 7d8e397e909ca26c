package dev.cphemulator.fleet;

import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class PhoneQueryTests extends EmulatorTest {

  /** The last phone of the last server: the newest of the default fleet. */
  static final String NEWEST_PHONE = "afc4eea4fc17ba4b34e5ed0adf7b59ba";

  @Test
  void listsEveryPhoneNewestFirstWithTheTotalCount() {
    JsonPath body =
        cph()
            .get("/phones")
            .then()
            .statusCode(200)
            .body("request_id", matchesPattern("[0-9a-f]{32}"))
            .body("count", equalTo(32))
            .body("phones", hasSize(32))
            .body("phones[0].phone_id", equalTo(NEWEST_PHONE))
            .body("phones[31].server_id", equalTo(DOC_SERVER))
            .body("phones[31].phone_name", equalTo("cph-demo-01-phone-01"))
            .extract()
            .jsonPath();
    List<String> created = body.getList("phones.create_time", String.class);
    assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  @SuppressWarnings("unchecked")
  void answersEveryFieldOfTheSdkPhoneModelWithItsCphType() {
    Map<String, Object> phone =
        cph()
            .queryParam("server_id", SERVER_WITH_STOPPED_PHONE)
            .queryParam("status", 8)
            .get("/phones")
            .then()
            .statusCode(200)
            .body("count", equalTo(1))
            .extract()
            .jsonPath()
            .getMap("phones[0]");
    assertThat(phone)
        .containsOnlyKeys(
            "phone_name",
            "server_id",
            "phone_id",
            "phone_model_name",
            "image_id",
            "image_version",
            "vnc_enable",
            "status",
            "type",
            "imei",
            "traffic_type",
            "volume_mode",
            "availability_zone",
            "metadata",
            "has_encrypt",
            "create_time",
            "update_time");
    assertThat(phone.values()).doesNotContainNull();
    assertThat(phone)
        .containsEntry("phone_id", STOPPED_PHONE)
        .containsEntry("status", 8)
        .containsEntry("type", 0)
        .containsEntry("volume_mode", 0)
        .containsEntry("vnc_enable", "false")
        .containsEntry("has_encrypt", false)
        .containsEntry("traffic_type", "direct");
    assertThat((Map<String, Object>) phone.get("metadata"))
        .containsOnlyKeys("order_id", "product_id");
  }

  @Test
  void pagesUpTo200PhonesAndRefusesMore() {
    cph()
        .queryParam("limit", 200)
        .get("/phones")
        .then()
        .statusCode(200)
        .body("phones", hasSize(32));
    cph()
        .queryParam("limit", 3)
        .queryParam("offset", 30)
        .get("/phones")
        .then()
        .body("count", equalTo(32))
        .body("phones", hasSize(2));
    cph()
        .queryParam("limit", 201)
        .get("/phones")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0002"));
  }

  @Test
  void filtersByServerStatusTypeAndNameSubstring() {
    cph()
        .queryParam("server_id", DOC_SERVER)
        .get("/phones")
        .then()
        .body("count", equalTo(6))
        .body("phones.server_id", everyItem(equalTo(DOC_SERVER)))
        .body("phones[0].phone_name", equalTo("cph-demo-01-phone-06"));
    cph()
        .queryParam("status", 8)
        .get("/phones")
        .then()
        .body("count", equalTo(5))
        .body("phones.phone_id", hasItem(STOPPED_PHONE));
    cph()
        .queryParam("status", 8)
        .queryParam("server_id", STOPPED_SERVER)
        .get("/phones")
        .then()
        .body("count", equalTo(4));
    cph().queryParam("type", 0).get("/phones").then().body("count", equalTo(32));
    cph().queryParam("type", 1).get("/phones").then().body("count", equalTo(0));
    cph()
        .queryParam("phone_name", "demo-02-phone-0")
        .get("/phones")
        .then()
        .body("count", equalTo(8))
        .body("phones[0].phone_name", equalTo("cph-demo-02-phone-08"));
    cph()
        .queryParam("server_id", "nope")
        .get("/phones")
        .then()
        .statusCode(200)
        .body("count", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "5", "-1", "9"})
  void refusesAStatusThatIsNoPhoneStatusWithCps0010(String status) {
    cph()
        .queryParam("status", status)
        .get("/phones")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0010"))
        .body("error_msg", equalTo("Parameter: status is invalid."));
  }

  @ParameterizedTest
  @CsvSource({"offset, -1", "limit, 0", "limit, ten"})
  void refusesBadPagingWithCps0002(String name, String value) {
    cph()
        .queryParam(name, value)
        .get("/phones")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0002"));
  }

  @Test
  void refusesANonNumericType() {
    cph()
        .queryParam("type", "normal")
        .get("/phones")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
  }

  @Test
  void showsAPhoneWithAccessInfoPropertyAndDataVolume() {
    JsonPath body =
        cph().get("/phones/{id}", STOPPED_PHONE).then().statusCode(200).extract().jsonPath();
    Map<String, Object> phone = body.getMap("$");
    assertThat(phone)
        .containsOnlyKeys(
            "request_id",
            "phone_name",
            "server_id",
            "phone_id",
            "image_id",
            "image_version",
            "vnc_enable",
            "phone_model_name",
            "status",
            "access_infos",
            "property",
            "metadata",
            "phone_data_volume",
            "imei",
            "type",
            "traffic_type",
            "volume_mode",
            "availability_zone",
            "has_encrypt",
            "create_time",
            "update_time");
    assertThat(phone.values()).doesNotContainNull();
    assertThat(phone)
        .containsEntry("phone_id", STOPPED_PHONE)
        .containsEntry("server_id", SERVER_WITH_STOPPED_PHONE)
        .containsEntry("phone_name", "cph-demo-02-phone-06")
        .containsEntry("status", 8);
    Map<String, Object> access = body.getMap("access_infos[0]");
    assertThat(access)
        .containsOnlyKeys(
            "type",
            "device_ip",
            "phone_ip",
            "listen_port",
            "access_ip",
            "public_ip",
            "intranet_ip",
            "server_ip",
            "access_port",
            "phone_ipv6",
            "server_ipv6");
    assertThat(access.values()).doesNotContainNull();
    assertThat(access)
        .containsEntry("listen_port", 5555)
        .containsEntry("access_port", 20005) // sixth phone of its server
        .containsEntry("phone_ip", "172.17.0.7");
    String serverPublicIp =
        cph()
            .get("/servers/{id}", SERVER_WITH_STOPPED_PHONE)
            .then()
            .extract()
            .jsonPath()
            .getString("addresses[0].public_ip");
    assertThat(access).containsEntry("public_ip", serverPublicIp);
    assertThat(body.getMap("phone_data_volume"))
        .containsEntry("volume_type", "SSD")
        .containsEntry("volume_size", 32);
    String property = body.getString("property");
    assertThat(JsonMapper.shared().readTree(property).isObject()).isTrue();
    assertThat(JsonMapper.shared().readTree(property).get("com.cph.mainkeys").asInt()).isZero();
  }

  @Test
  void givesEveryPhoneItsOwnAccessPortAndProperty() {
    List<String> ids =
        cph()
            .queryParam("server_id", DOC_SERVER)
            .get("/phones")
            .then()
            .extract()
            .jsonPath()
            .getList("phones.phone_id", String.class);
    List<Integer> ports =
        ids.stream()
            .map(
                id ->
                    cph()
                        .get("/phones/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("access_infos[0].access_port"))
            .toList();
    List<String> properties =
        ids.stream()
            .map(
                id ->
                    cph().get("/phones/{id}", id).then().extract().jsonPath().getString("property"))
            .toList();
    assertThat(ports).doesNotHaveDuplicates();
    assertThat(properties).doesNotHaveDuplicates();
  }

  @Test
  void answers404WithCps0005ForAPhoneTheProjectDoesNotHave() {
    cph()
        .get("/phones/{id}", "0123456789abcdef0123456789abcdef")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.0005"))
        .body("error_msg", equalTo("Phone is not found."));
  }

  @Test
  void listsTheSamePhonesInEveryProjectButKeepsTheirStateApart() {
    cph().queryParam("status", 2).get("/phones").then().body("count", equalTo(27));
    cph()
        .body("{\"phone_ids\":[\"" + phoneOf(DOC_SERVER) + "\"]}")
        .post("/phones/batch-stop")
        .then()
        .statusCode(200);
    cph()
        .queryParam("status", 7)
        .get("/phones")
        .then()
        .body("phones.phone_id", contains(phoneOf(DOC_SERVER)));
    cph("other-" + project).queryParam("status", 7).get("/phones").then().body("count", equalTo(0));
  }

  private String phoneOf(String serverId) {
    return cph()
        .queryParam("server_id", serverId)
        .get("/phones")
        .then()
        .extract()
        .jsonPath()
        .getString("phones[0].phone_id");
  }
}
