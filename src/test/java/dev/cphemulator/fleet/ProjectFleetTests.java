package dev.cphemulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
  void movesAPhoneOnlyWhenItsStatusAllowsIt() {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    Change<Phone> first =
        fleet
            .changePhoneStatusIf(phone, s -> s == PhoneStatus.RUNNING, PhoneStatus.STOPPING, NOW)
            .orElseThrow();
    Change<Phone> second =
        fleet
            .changePhoneStatusIf(phone, s -> s == PhoneStatus.RUNNING, PhoneStatus.STOPPING, NOW)
            .orElseThrow();
    assertThat(first.changed()).isTrue();
    assertThat(first.after().status()).isEqualTo(PhoneStatus.STOPPING);
    assertThat(first.after().updateTime()).isEqualTo(NOW);
    assertThat(second.changed()).isFalse();
    assertThat(second.before().status()).isEqualTo(PhoneStatus.STOPPING);
    assertThat(fleet.changePhoneStatusIf("nope", s -> true, PhoneStatus.STOPPING, NOW)).isEmpty();
  }

  @Test
  void revertingRestoresTheStatusBeforeUnlessSomethingElseChangedIt() {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    Change<Phone> change =
        fleet.changePhoneStatusIf(phone, s -> true, PhoneStatus.RESETTING, NOW).orElseThrow();
    fleet.revert(change);
    assertThat(fleet.phone(phone).orElseThrow()).isSameAs(change.before());

    Change<Phone> again =
        fleet.changePhoneStatusIf(phone, s -> true, PhoneStatus.RESETTING, NOW).orElseThrow();
    fleet.changePhoneStatus(phone, PhoneStatus.ABNORMAL, NOW);
    fleet.revert(again);
    assertThat(fleet.phone(phone).orElseThrow().status()).isEqualTo(PhoneStatus.ABNORMAL);
  }

  @Test
  void letsExactlyOneOfManyRacingCallersMoveAPhone() throws Exception {
    ProjectFleet fleet = fleet();
    String phone = firstPhone(fleet);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  64,
                  () ->
                      fleet
                          .changePhoneStatusIf(
                              phone, s -> s == PhoneStatus.RUNNING, PhoneStatus.RESTARTING, NOW)
                          .orElseThrow()
                          .changed()));
      long moved = 0;
      for (Future<Boolean> result : results) {
        moved += result.get() ? 1 : 0;
      }
      assertThat(moved).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
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
