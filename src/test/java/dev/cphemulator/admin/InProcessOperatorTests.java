package dev.cphemulator.admin;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.admin.Operator.ClockState;
import dev.cphemulator.admin.Operator.ProjectJobs;
import dev.cphemulator.admin.Operator.RuleState;
import dev.cphemulator.apps.App;
import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.faults.FaultEffect;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.JobStatus;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobView;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSection;
import dev.cphemulator.support.EmulatorTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator API called in-process, through the {@link Operator} bean: the same effects and the
 * same refusals as over HTTP. Only CPH calls (deploys) go over HTTP here.
 */
class InProcessOperatorTests extends EmulatorTest {

  @Autowired Operator operator;

  // --- clock ---

  @Test
  void advancesTheClockByADurationAndKeepsItsMode() {
    ClockState before = operator.clock().read();

    ClockState after = operator.clock().advance(Duration.ofSeconds(3));

    assertThat(Duration.between(before.now(), after.now())).isEqualTo(Duration.ofSeconds(3));
    assertThat(after.mode()).isEqualTo(ClockMode.MANUAL);
    assertThat(operator.clock().read()).isEqualTo(after);
  }

  @Test
  void setsTheClockForwardButNeverBack() {
    Instant target = operator.clock().read().now().plus(Duration.ofDays(1));

    assertThat(operator.clock().set(target).now()).isEqualTo(target);
    assertRefused(() -> operator.clock().set(target.minusSeconds(1)), "CPS.9801")
        .hasMessageContaining("only moves forward");
    assertRefused(() -> operator.clock().advance(Duration.ofSeconds(-5)), "CPS.9801");
    assertThat(operator.clock().read().now()).isEqualTo(target);
  }

  @Test
  void aRefusedClockChangeLeavesTheModeAsItWas() {
    ClockState before = operator.clock().read();

    assertRefused(
            () -> operator.clock().change(ClockMode.REAL, before.now().minusSeconds(1)), "CPS.9801")
        .hasMessageContaining("only moves forward");

    assertThat(operator.clock().read()).isEqualTo(before);
    assertThat(before.mode()).isEqualTo(ClockMode.MANUAL);
  }

  @Test
  void switchesModeAndTimeInOneStep() {
    Instant target = operator.clock().read().now().plus(Duration.ofHours(1));
    try {
      ClockState changed = operator.clock().change(ClockMode.REAL, target);
      assertThat(changed.mode()).isEqualTo(ClockMode.REAL);
      assertThat(changed.now()).isAfterOrEqualTo(target);
    } finally {
      assertThat(operator.clock().switchTo(ClockMode.MANUAL).mode()).isEqualTo(ClockMode.MANUAL);
    }
  }

  @Test
  void refusesAClockChangeThatChangesNothing() {
    assertRefused(() -> operator.clock().change(null, null), "CPS.9801")
        .hasMessage("Give mode (real or manual), now, or both.");
    assertRefused(() -> operator.clock().advance(null), "CPS.9801");
  }

  @Test
  void settlingEndsEveryJobAndAnswersTheTime() {
    Instant start = operator.clock().read().now();
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));

    Operator.Settled settled = operator.clock().settle();

    assertThat(settled.stillRunning()).isZero();
    assertThat(settled.now()).isEqualTo(start.plusSeconds(5));
    assertThat(settled.mode()).isEqualTo(ClockMode.MANUAL);
    assertThat(operator.project(project).jobs().jobs())
        .isNotEmpty()
        .allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
  }

  // --- faults ---

  @Test
  void addsGetsListsAndRemovesAFaultRule() {
    RuleState added = operator.faults().add(rule(null, project, "push", null, null, 2, null, null));

    String id = added.rule().id();
    assertThat(id).isNotBlank();
    assertThat(added.rule().errorCode()).isEqualTo("CPS.9301");
    assertThat(added.rule().errorMsg()).isEqualTo("Injected failure.");
    assertThat(added.matched()).isZero();
    assertThat(added.remaining()).isEqualTo(2);
    assertThat(operator.faults().get(id)).isEqualTo(added);
    assertThat(operator.faults().list()).contains(added);

    assertThat(operator.faults().remove(id).removed()).containsExactly(id);
    assertThat(operator.faults().list()).extracting(r -> r.rule().id()).doesNotContain(id);
    assertRefused(() -> operator.faults().get(id), "CPS.9803")
        .hasMessage("Fault rule " + id + " is not found.");
    assertRefused(() -> operator.faults().remove(id), "CPS.9803");
  }

  @Test
  void aFaultRuleFailsTheJobsItMatchesAndCountsThem() {
    String id =
        operator
            .faults()
            .add(rule(null, project, "install", null, "CPS.5001", null, null, null))
            .rule()
            .id();
    try {
      deploy(List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES));
      operator.clock().settle();

      List<JobView> installs =
          operator.project(project).jobs().jobs().stream()
              .filter(job -> job.type() == JobType.INSTALL)
              .toList();
      assertThat(installs)
          .hasSize(4)
          .allSatisfy(job -> assertThat(job.errorCode()).isEqualTo("CPS.5001"));
      assertThat(operator.faults().get(id).matched()).isEqualTo(4);
    } finally {
      operator.faults().remove(id);
    }
  }

  @Test
  void removingEveryRuleLetsTheJobsTheyStalledEnd() {
    String id =
        operator
            .faults()
            .add(rule(null, project, "push", null, null, null, FaultEffect.STALL, null))
            .rule()
            .id();
    deploy(List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES));
    operator.clock().settle();
    assertThat(operator.project(project).jobs().jobs())
        .anySatisfy(job -> assertThat(job.stalledBy()).isEqualTo(id));

    assertThat(operator.faults().removeAll().removed()).contains(id);

    assertThat(operator.faults().list()).isEmpty();
    operator.clock().settle();
    assertThat(operator.project(project).jobs().jobs())
        .allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
  }

  @Test
  void refusesFaultRulesThatAreNotValid() {
    assertRefused(
            () -> operator.faults().add(rule(null, project, null, null, null, null, null, 1.5)),
            "CPS.9001")
        .hasMessageContaining("probability");
    assertRefused(
            () -> operator.faults().add(rule(null, project, "99", null, null, null, null, null)),
            "CPS.9801")
        .hasMessageContaining("'99' is not a job type");
    assertRefused(
            () -> operator.faults().add(rule(null, project, null, null, null, 0, null, null)),
            "CPS.9001")
        .hasMessageContaining("times");
    assertRefused(
            () ->
                operator
                    .faults()
                    .add(rule(null, project, null, null, "CPS.1", null, FaultEffect.STALL, null)),
            "CPS.9801")
        .hasMessageContaining("a stall rule takes no error_code");
    assertRefused(() -> operator.faults().add(null), "CPS.9801");

    String id = "dup-" + project;
    operator.faults().add(rule(id, project, null, null, null, null, null, null));
    try {
      assertRefused(
              () -> operator.faults().add(rule(id, project, null, null, null, null, null, null)),
              "CPS.9801")
          .hasMessageContaining("already exists");
    } finally {
      operator.faults().remove(id);
    }
  }

  // --- fleets ---

  @Test
  void readsAProjectsFleetAsItIsNow() {
    FleetSection fleet = operator.project(project).fleet();

    assertThat(fleet.servers()).extracting(Server::serverId).contains(DOC_SERVER, SERVER_4_PHONES);
    assertThat(fleet.servers())
        .filteredOn(server -> server.serverId().equals(SERVER_4_PHONES))
        .singleElement()
        .satisfies(server -> assertThat(server.phones()).hasSize(4));
    assertThat(fleet.apps()).isNotEmpty();
  }

  @Test
  void replacesAProjectsFleetWithASectionAndKeepsItAcrossResetsOfThatProject() {
    FleetSection mine =
        new FleetSection(
            List.of(Server.given("mine-1", null, null, null, null, null, null)),
            List.of(),
            List.of(
                new App(
                    null,
                    "mine",
                    "com.example.mine",
                    null,
                    null,
                    null,
                    List.of(
                        new AppVersion(
                            "mine-v1", null, "1", null, null, null, null, null, null)))));

    FleetSection replaced = operator.project(project).replaceFleet(mine);

    assertThat(replaced.servers()).extracting(Server::serverId).containsExactly("mine-1");
    assertThat(replaced.apps())
        .singleElement()
        .satisfies(app -> assertThat(app.name()).isEqualTo("mine"));
    deploy(List.of("mine-v1"), List.of("mine-1"));
    assertThat(operator.project(project).jobs().count()).isPositive();

    assertThat(operator.project(project).reset().projects()).containsExactly(project);

    assertThat(operator.project(project).jobs().count()).isZero();
    assertThat(operator.project(project).fleet().servers())
        .extracting(Server::serverId)
        .containsExactly("mine-1");
  }

  @Test
  void replacesAProjectsFleetWithAYamlDocument() {
    byte[] yaml =
        "servers:\n  - server_id: yaml-1\n    phone_count: 2\n".getBytes(StandardCharsets.UTF_8);

    FleetSection replaced = operator.project(project).replaceFleet(yaml, FleetFiles.Format.YAML);

    assertThat(replaced.servers())
        .singleElement()
        .satisfies(
            server -> {
              assertThat(server.serverId()).isEqualTo("yaml-1");
              assertThat(server.phones()).hasSize(2);
            });
  }

  @Test
  void refusesABadFleetAndKeepsTheOldOne() {
    FleetSection twice =
        new FleetSection(
            List.of(
                Server.given("a", null, null, null, null, null, null),
                Server.given("a", null, null, null, null, null, null)),
            List.of(),
            List.of());

    assertRefused(() -> operator.project(project).replaceFleet(twice), "CPS.9802")
        .hasMessage(
            "The fleet is invalid at servers[1].server_id: 'a' is already used by servers[0]");
    assertRefused(
            () ->
                operator
                    .project(project)
                    .replaceFleet(
                        "{\"servers\": 5}".getBytes(StandardCharsets.UTF_8),
                        FleetFiles.Format.JSON),
            "CPS.9802")
        .hasMessageContaining("servers: expected an array");

    assertThat(operator.project(project).fleet().servers())
        .extracting(Server::serverId)
        .contains(DOC_SERVER);
  }

  // --- statuses ---

  @Test
  void setsServerAndPhoneStatuses() {
    Server frozen = operator.project(project).setServerStatus(SERVER_4_PHONES, ServerStatus.FROZEN);
    assertThat(frozen.serverId()).isEqualTo(SERVER_4_PHONES);
    assertThat(frozen.status()).isEqualTo(ServerStatus.FROZEN);
    assertThat(
            deploy(List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES))
                .getString("jobs[0].error_code"))
        .isEqualTo("CPS.1028");

    String phoneId = phonesOf(DOC_SERVER).get(0).phoneId();
    Phone stopped = operator.project(project).setPhoneStatus(phoneId, 8);
    assertThat(stopped.status()).isEqualTo(PhoneStatus.STOPPED);
    assertThat(phonesOf(DOC_SERVER).get(0).status()).isEqualTo(PhoneStatus.STOPPED);
    assertThat(operator.project(project).setServerStatus(SERVER_4_PHONES, 5).status())
        .isEqualTo(ServerStatus.RUNNING);
  }

  @Test
  void refusesBadStatusChanges() {
    assertRefused(() -> operator.project(project).setServerStatus(DOC_SERVER, 7), "CPS.9801")
        .hasMessageContaining("7 is not a CPH server status");
    assertRefused(() -> operator.project(project).setPhoneStatus("any", 5), "CPS.9801")
        .hasMessageContaining("5 is not a CPH phone status");
    assertRefused(
        () -> operator.project(project).setServerStatus("nope", ServerStatus.RUNNING), "CPS.9103");
    assertRefused(() -> operator.project(project).setPhoneStatus("nope", 2), "CPS.0005");
    assertRefused(
        () -> operator.project(project).setPhoneStatus("nope", (PhoneStatus) null), "CPS.9801");
    assertRefused(() -> operator.project("bad id!").fleet(), "CPS.9005");
  }

  // --- jobs and resets ---

  @Test
  void answersAProjectsJobsAPageAtATime() {
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));

    ProjectJobs all = operator.project(project).jobs();
    ProjectJobs page = operator.project(project).jobs(1, 2);

    assertThat(all.projectId()).isEqualTo(project);
    assertThat(all.count()).isEqualTo(all.jobs().size()).isGreaterThan(3);
    assertThat(page.count()).isEqualTo(all.count());
    assertThat(page.jobs()).containsExactlyElementsOf(all.jobs().subList(1, 3));
    assertRefused(() -> operator.project(project).jobs(-1, 10), "CPS.0002");
    assertRefused(() -> operator.project(project).jobs(0, 0), "CPS.0002");
    assertRefused(() -> operator.project(project).jobs(0, 1001), "CPS.0002");
  }

  @Test
  void resettingEverythingForgetsEveryProjectAndItsFleet() {
    operator
        .project(project)
        .replaceFleet(
            "servers:\n  - server_id: temporary\n".getBytes(StandardCharsets.UTF_8),
            FleetFiles.Format.YAML);

    Operator.ResetDone done = operator.reset();

    assertThat(done.reset()).isEqualTo("all");
    assertThat(done.projects()).contains(project);
    assertThat(operator.project(project).fleet().servers())
        .extracting(Server::serverId)
        .contains(DOC_SERVER)
        .doesNotContain("temporary");
  }

  private List<Phone> phonesOf(String serverId) {
    return operator.project(project).fleet().servers().stream()
        .filter(server -> server.serverId().equals(serverId))
        .findFirst()
        .orElseThrow()
        .phones();
  }

  private static FaultRule rule(
      String id,
      String projectId,
      String jobType,
      String serverId,
      String errorCode,
      Integer times,
      FaultEffect effect,
      Double probability) {
    return new FaultRule(
        id,
        projectId,
        jobType,
        serverId,
        null,
        null,
        effect,
        errorCode,
        null,
        times,
        probability,
        null);
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, String code) {
    return assertThatThrownBy(call)
        .isInstanceOf(CphException.class)
        .satisfies(e -> assertThat(((CphException) e).error().code()).isEqualTo(code));
  }
}
