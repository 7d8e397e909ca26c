package dev.cphemulator.sdk;

import static dev.cphemulator.sdk.Sdk.assertEveryFieldSet;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.Address;
import com.huaweicloud.sdk.cph.v1.model.Bandwidth;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhoneServersRequest;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhoneServersResponse;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesRequest;
import com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesResponse;
import com.huaweicloud.sdk.cph.v1.model.Phone;
import com.huaweicloud.sdk.cph.v1.model.PhoneAccessInfo;
import com.huaweicloud.sdk.cph.v1.model.Server;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneDetailRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneDetailResponse;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneServerDetailRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneServerDetailResponse;
import com.huaweicloud.sdk.cph.v1.model.Volume;
import dev.cphemulator.support.EmulatorTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The four fleet queries through the official SDK, field by field. */
class SdkQueryTests extends EmulatorTest {

  static final String HEX32 = "[0-9a-f]{32}";
  static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
  static final String IP = "\\d+\\.\\d+\\.\\d+\\.\\d+";

  CphClient sdk;

  @BeforeEach
  void client() {
    sdk = Sdk.client(port, project);
  }

  @Test
  void listCloudPhoneServersFillsEveryFieldOfTheSdkModel() {
    ListCloudPhoneServersResponse answer =
        sdk.listCloudPhoneServers(new ListCloudPhoneServersRequest().withOffset(0).withLimit(2));

    assertThat(answer.getHttpStatusCode()).isEqualTo(200);
    assertEveryFieldSet(answer);
    assertThat(answer.getRequestId()).matches(HEX32);
    assertThat(answer.getCount()).isEqualTo(5);
    assertThat(answer.getServers())
        .extracting(Server::getServerId)
        .containsExactly(STOPPED_SERVER, SERVER_4_PHONES);

    Server server = answer.getServers().get(0);
    assertEveryFieldSet(server);
    assertThat(server.getServerName()).isEqualTo("cph-demo-05");
    assertThat(server.getStatus()).isEqualTo(10);
    assertThat(server.getAvailabilityZone()).isEqualTo("cn-east-3a");
    assertThat(server.getServerModelName()).isEqualTo("physical.kg1.4xlarge.cg");
    assertThat(server.getPhoneModelName()).isEqualTo("rx1.cp.c15.d46.e1v1");
    assertThat(server.getKeypairName()).isEqualTo("cph-emulator");
    assertThat(server.getVpcId()).matches(HEX32);
    assertThat(server.getSubnetId()).matches(HEX32);
    assertThat(server.getCidr()).isEqualTo("172.16.0.0/16");
    assertThat(server.getVpcCidr()).isEqualTo("192.168.0.0/16");
    assertThat(server.getSubnetCidr()).isEqualTo("192.168.0.0/24");
    assertThat(server.getResourceProjectId()).isEqualTo(project);
    assertThat(server.getNetworkVersion()).isEqualTo("v2");
    assertThat(server.getEnterpriseProjectId()).isEqualTo("0");
    assertThat(server.getCreateTime()).isEqualTo("2024-01-01T04:00:00Z");
    assertThat(server.getUpdateTime()).isEqualTo("2024-01-01T04:00:00Z");
    assertEveryFieldSet(server.getMetadata());
    assertThat(server.getMetadata().getChargingMode()).isEqualTo(1);
    assertThat(server.getMetadata().getOrderId()).matches(HEX32);
    assertThat(server.getAddresses()).singleElement().satisfies(Sdk::assertEveryFieldSet);
    Address address = server.getAddresses().get(0);
    assertThat(address.getIntranetIp()).matches(IP);
    assertThat(address.getPublicIp()).matches(IP);
  }

  @Test
  void listCloudPhoneServersSendsEveryFilterTheSdkHas() {
    long since = Instant.parse("2024-01-01T01:00:00Z").toEpochMilli();
    ListCloudPhoneServersResponse answer =
        sdk.listCloudPhoneServers(
            new ListCloudPhoneServersRequest()
                .withServerName("demo")
                .withNetworkVersion("v2")
                .withPhoneModelName("rx1.cp.c15.d46.e1v1")
                .withCreateSince(since)
                .withCreateUntil(since + 3_600_000)
                .withStatus(5));
    assertThat(answer.getCount()).isEqualTo(2);
    assertThat(answer.getServers())
        .extracting(Server::getServerId)
        .containsExactly(SERVER_10_PHONES, SERVER_WITH_STOPPED_PHONE);
    assertThat(
            sdk.listCloudPhoneServers(new ListCloudPhoneServersRequest().withServerId(DOC_SERVER))
                .getServers())
        .extracting(Server::getServerName)
        .containsExactly("cph-demo-01");
  }

  @Test
  void showCloudPhoneServerDetailFillsEveryFieldOfTheSdkModel() {
    ShowCloudPhoneServerDetailResponse server =
        sdk.showCloudPhoneServerDetail(
            new ShowCloudPhoneServerDetailRequest().withServerId(DOC_SERVER));

    assertEveryFieldSet(server);
    assertThat(server.getRequestId()).matches(HEX32);
    assertThat(server.getServerId()).isEqualTo(DOC_SERVER);
    assertThat(server.getServerName()).isEqualTo("cph-demo-01");
    assertThat(server.getStatus()).isEqualTo(5);
    assertThat(server.getResourceProjectId()).isEqualTo(project);
    assertThat(server.getCreateTime()).isEqualTo("2024-01-01T00:00:00Z");
    assertEveryFieldSet(server.getMetadata());
    assertThat(server.getMetadata().getProductId()).isEqualTo("cph-emulator-product");
    assertThat(server.getAddresses()).singleElement().satisfies(Sdk::assertEveryFieldSet);

    assertThat(server.getBandWidths()).singleElement().satisfies(Sdk::assertEveryFieldSet);
    Bandwidth bandwidth = server.getBandWidths().get(0);
    assertThat(bandwidth.getBandWidthId()).matches(HEX32);
    assertThat(bandwidth.getBandWidthName()).isEqualTo("cph-demo-01-bandwidth");
    assertThat(bandwidth.getBandWidthSize()).isEqualTo(100);
    assertThat(bandwidth.getBandWidthChargeMode()).isZero();
    assertThat(bandwidth.getBandWidthShareType()).isZero();
    assertThat(bandwidth.getCreateTime()).matches(TIME);

    assertThat(server.getVolumes()).singleElement().satisfies(Sdk::assertEveryFieldSet);
    Volume volume = server.getVolumes().get(0);
    assertThat(volume.getVolumeId()).matches(HEX32);
    assertThat(volume.getVolumeSize()).isEqualTo(128);
    assertThat(volume.getVolumeType()).isEqualTo("SSD");

    assertEveryFieldSet(server.getShareVolumeInfo());
    assertThat(server.getShareVolumeInfo().getSize()).isEqualTo(6 * 32);
    assertThat(server.getShareVolumeInfo().getVersion()).isEqualTo(1);
    assertThat(server.getSecurityGroups()).singleElement().asString().matches(HEX32);
  }

  @Test
  void listCloudPhonesFillsEveryFieldOfTheSdkModel() {
    ListCloudPhonesResponse answer =
        sdk.listCloudPhones(
            new ListCloudPhonesRequest()
                .withServerId(SERVER_WITH_STOPPED_PHONE)
                .withPhoneName("phone")
                .withType(0)
                .withOffset(0)
                .withLimit(200));

    assertEveryFieldSet(answer);
    assertThat(answer.getCount()).isEqualTo(8);
    assertThat(answer.getPhones()).hasSize(8);
    Phone phone = answer.getPhones().get(0);
    assertEveryFieldSet(phone);
    assertThat(phone.getPhoneName()).isEqualTo("cph-demo-02-phone-08");
    assertThat(phone.getServerId()).isEqualTo(SERVER_WITH_STOPPED_PHONE);
    assertThat(phone.getPhoneId()).isEqualTo("9a409e163969797d4e0e099ee094beeb");
    assertThat(phone.getPhoneModelName()).isEqualTo("rx1.cp.c15.d46.e1v1");
    assertThat(phone.getImageId()).matches(HEX32);
    assertThat(phone.getImageVersion()).isEqualTo("11.2.0");
    assertThat(phone.getVncEnable()).isEqualTo("false");
    assertThat(phone.getStatus()).isEqualTo(2);
    assertThat(phone.getType()).isZero();
    assertThat(phone.getImei()).matches("\\d{15}");
    assertThat(phone.getTrafficType()).isEqualTo("direct");
    assertThat(phone.getVolumeMode()).isZero();
    assertThat(phone.getAvailabilityZone()).isEqualTo("cn-east-3a");
    assertThat(phone.getHasEncrypt()).isFalse();
    assertThat(phone.getCreateTime()).isEqualTo("2024-01-01T01:00:08Z");
    assertEveryFieldSet(phone.getMetadata());

    assertThat(sdk.listCloudPhones(new ListCloudPhonesRequest().withStatus(8)).getPhones())
        .extracting(Phone::getPhoneId)
        .contains(STOPPED_PHONE)
        .hasSize(5);
  }

  @Test
  void showCloudPhoneDetailFillsEveryFieldOfTheSdkModel() {
    ShowCloudPhoneDetailResponse phone =
        sdk.showCloudPhoneDetail(new ShowCloudPhoneDetailRequest().withPhoneId(STOPPED_PHONE));

    assertEveryFieldSet(phone);
    assertThat(phone.getRequestId()).matches(HEX32);
    assertThat(phone.getPhoneId()).isEqualTo(STOPPED_PHONE);
    assertThat(phone.getServerId()).isEqualTo(SERVER_WITH_STOPPED_PHONE);
    assertThat(phone.getPhoneName()).isEqualTo("cph-demo-02-phone-06");
    assertThat(phone.getStatus()).isEqualTo(8);
    assertThat(phone.getType()).isZero();
    assertThat(phone.getVolumeMode()).isZero();
    assertThat(phone.getHasEncrypt()).isFalse();
    assertThat(phone.getCreateTime()).isEqualTo("2024-01-01T01:00:06Z");
    assertEveryFieldSet(phone.getMetadata());
    assertEveryFieldSet(phone.getPhoneDataVolume());
    assertThat(phone.getPhoneDataVolume().getVolumeSize()).isEqualTo(32);
    assertThat(JsonMapper.shared().readTree(phone.getProperty()).isObject()).isTrue();

    assertThat(phone.getAccessInfos()).singleElement().satisfies(Sdk::assertEveryFieldSet);
    PhoneAccessInfo access = phone.getAccessInfos().get(0);
    assertThat(access.getType()).isEqualTo("adb");
    assertThat(access.getListenPort()).isEqualTo(5555);
    assertThat(access.getAccessPort()).isEqualTo(20005);
    assertThat(access.getPhoneIp()).matches(IP).isEqualTo(access.getDeviceIp());
    assertThat(access.getServerIp()).matches(IP);
    assertThat(access.getPhoneIpv6()).isEmpty();
  }

  @Test
  void aMissingPhoneSurfacesAsClientRequestExceptionWithCphCodeMessageAndRequestId() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () ->
                sdk.showCloudPhoneDetail(
                    new ShowCloudPhoneDetailRequest()
                        .withPhoneId("0123456789abcdef0123456789abcdef")));
    assertThat(e.getHttpStatusCode()).isEqualTo(404);
    assertThat(e.getErrorCode()).isEqualTo("CPS.0005");
    assertThat(e.getErrorMsg()).isEqualTo("Phone is not found.");
    assertThat(e.getRequestId()).matches(HEX32);
  }

  @Test
  void aMissingServerSurfacesAsClientRequestExceptionWithCphCodeMessageAndRequestId() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () ->
                sdk.showCloudPhoneServerDetail(
                    new ShowCloudPhoneServerDetailRequest().withServerId("nope")));
    assertThat(e.getHttpStatusCode()).isEqualTo(404);
    assertThat(e.getErrorCode()).isEqualTo("CPS.9103");
    assertThat(e.getErrorMsg()).isEqualTo("Server is not found.");
    assertThat(e.getRequestId()).matches(HEX32);
  }

  @Test
  void aBadFilterSurfacesAsClientRequestExceptionWithCps0010() {
    ClientRequestException e =
        catchThrowableOfType(
            ClientRequestException.class,
            () -> sdk.listCloudPhones(new ListCloudPhonesRequest().withStatus(5)));
    assertThat(e.getHttpStatusCode()).isEqualTo(400);
    assertThat(e.getErrorCode()).isEqualTo("CPS.0010");
    assertThat(e.getErrorMsg()).isEqualTo("Parameter: status is invalid.");
    assertThat(e.getRequestId()).matches(HEX32);
  }
}
