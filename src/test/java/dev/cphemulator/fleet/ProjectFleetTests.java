package dev.cphemulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFleetTests {

  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  static ProjectFleet fleet() {
    return new ProjectFleet(
        FleetTemplate.of(List.of(FleetTemplateTests.server("s", NOW.minusSeconds(3600)))));
  }

  static String firstPhone(ProjectFleet fleet) {
    return fleet.phonesOf("s").get(0).phoneId();
  }

  @Test
  void movesAPhoneAndKeepsTheTemplateAsItWas() {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    Phone before = fleet.phone(phone).orElseThrow();

    Phone after = fleet.changePhoneStatus(phone, PhoneStatus.STOPPING, NOW).orElseThrow();

    assertThat(after.status()).isEqualTo(PhoneStatus.STOPPING);
    assertThat(after.updateTime()).isEqualTo(NOW);
    assertThat(fleet.phone(phone)).contains(after);
    assertThat(fleet.template().phone(phone)).contains(before);
    assertThat(fleet.changePhoneStatus("nope", PhoneStatus.STOPPING, NOW)).isEmpty();
    assertThat(fleet.changeStatus("nope", ServerStatus.STARTING, NOW)).isEmpty();
  }

  @Test
  void listsNewestFirstWithThisProjectsChangesLaidOver() {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    fleet.changePhoneStatus(phone, PhoneStatus.STOPPED, NOW);
    assertThat(fleet.phonesNewestFirst()).hasSize(2);
    assertThat(fleet.phonesNewestFirst().get(1).phoneId()).isEqualTo(phone);
    assertThat(fleet.phonesNewestFirst().get(1).status()).isEqualTo(PhoneStatus.STOPPED);
    assertThat(fleet.template().phonesNewestFirst().get(1).status()).isEqualTo(PhoneStatus.RUNNING);
  }

  @Test
  void keepsAPropertySetByAnActionUntilItIsCleared() {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    String original = fleet.property(phone).orElseThrow();
    fleet.changeProperty(phone, "{\"a\":1}");
    assertThat(fleet.property(phone)).contains("{\"a\":1}");
    fleet.clearProperty(phone);
    assertThat(fleet.property(phone)).contains(original);
    assertThat(fleet.property("nope")).isEmpty();
  }
}
