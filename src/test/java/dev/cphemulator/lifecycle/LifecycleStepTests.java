package dev.cphemulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.fleet.FleetTemplate;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.JobProperties;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle actions on a project's state, without HTTP: everything is checked and the batch
 * submitted before any status moves, and the project's lock lets one request at a time move a
 * phone.
 */
class LifecycleStepTests {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final String PROJECT = "p1";

  private final VirtualClock clock = new VirtualClock(Clock.systemUTC(), ClockMode.MANUAL, T0);
  private final Projects projects = new Projects(10, Stream::empty);
  private final Fleets fleets = new Fleets();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  LifecycleStepTests() {
    fleets.useTemplates(FleetTemplate.of(List.of(server("s1", 2), server("s2", 2))), Map.of());
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static Server server(String id, int phones) {
    return new Server(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, phones, null);
  }

  private Jobs jobs(int history) {
    return new Jobs(
        new JobProperties(Map.of(), Duration.ZERO, 42, history, Duration.ofMillis(100)),
        new FaultPlan(),
        clock,
        projects);
  }

  private PhoneActions phoneActions(Jobs jobs) {
    return new PhoneActions(fleets, jobs, clock, JsonMapper.builder().build(), event -> {});
  }

  private List<Phone> phones() {
    return projects.inside(
        PROJECT,
        state -> {
          List<Phone> all = new ArrayList<>(fleets.of(state).phonesOf("s1"));
          all.addAll(fleets.of(state).phonesOf("s2"));
          return all;
        });
  }

  private Phone phone(String phoneId) {
    return projects.inside(PROJECT, state -> fleets.of(state).phone(phoneId).orElseThrow());
  }

  private Server serverNow(String serverId) {
    return projects.inside(PROJECT, state -> fleets.of(state).server(serverId).orElseThrow());
  }

  @Test
  void aPhoneActionRefusedOnTheHistoryCapMovesNoPhone() {
    Jobs jobs = jobs(1);
    PhoneActions actions = phoneActions(jobs);
    List<Phone> phones = phones();
    String first = phones.get(0).phoneId();
    projects.inside(
        PROJECT,
        state -> actions.act(state, new RequestId("r1"), PhoneAction.RESTART, properties(first)));

    String[] others = {phones.get(1).phoneId(), phones.get(2).phoneId()};
    assertThatThrownBy(
            () ->
                projects.inside(
                    PROJECT,
                    state ->
                        actions.act(
                            state, new RequestId("r2"), PhoneAction.RESET, properties(others))))
        .isInstanceOf(CphException.class)
        .extracting(e -> ((CphException) e).error())
        .isEqualTo(CphError.JOB_LIMIT_REACHED);

    assertThat(phone(first).status()).isEqualTo(PhoneStatus.RESTARTING);
    assertThat(phone(others[0])).isEqualTo(phones.get(1));
    assertThat(phone(others[1])).isEqualTo(phones.get(2));
    assertThat(jobs.counts().stored()).isEqualTo(1);
  }

  @Test
  void aServerRestartRefusedOnTheHistoryCapMovesNothing() {
    Jobs jobs = jobs(1);
    List<Phone> phones = phones();
    projects.inside(
        PROJECT,
        state ->
            phoneActions(jobs).stop(state, new RequestId("r1"), List.of(phones.get(0).phoneId())));
    Server before = serverNow("s2");

    ServerRestarts restarts = new ServerRestarts(fleets, jobs, clock);
    assertThatThrownBy(
            () ->
                projects.inside(
                    PROJECT, state -> restarts.restart(state, new RequestId("r2"), List.of("s2"))))
        .isInstanceOf(CphException.class)
        .extracting(e -> ((CphException) e).error())
        .isEqualTo(CphError.JOB_LIMIT_REACHED);

    assertThat(serverNow("s2")).isEqualTo(before);
    assertThat(serverNow("s2").status()).isEqualTo(ServerStatus.RUNNING);
    assertThat(phone(phones.get(2).phoneId())).isEqualTo(phones.get(2));
    assertThat(phone(phones.get(3).phoneId())).isEqualTo(phones.get(3));
  }

  @Test
  void ofManyRequestsRacingToStopOnePhoneExactlyOneStartsAJob() throws Exception {
    Jobs jobs = jobs(100_000);
    PhoneActions actions = phoneActions(jobs);
    String target = phones().get(0).phoneId();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<PhoneJob>> answers = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      RequestId request = new RequestId("r" + i);
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return projects
                    .inside(PROJECT, state -> actions.stop(state, request, List.of(target)))
                    .jobs()
                    .get(0);
              }));
    }
    start.countDown();
    int started = 0;
    for (Future<PhoneJob> answer : answers) {
      PhoneJob job = answer.get(30, TimeUnit.SECONDS);
      if (job.jobId() != null) {
        started++;
      } else {
        assertThat(job.errorCode()).isEqualTo(CphError.PHONE_BUSY.code());
      }
    }

    assertThat(started).isEqualTo(1);
    assertThat(phone(target).status()).isEqualTo(PhoneStatus.STOPPING);
    assertThat(jobs.counts().running()).isEqualTo(1);
  }

  private static List<PhoneProperty> properties(String... phoneIds) {
    return Stream.of(phoneIds).map(id -> new PhoneProperty(id, null)).toList();
  }
}
