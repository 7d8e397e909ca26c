package dev.cphemulator.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultEffect;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The job state machine on a manual clock, without HTTP. */
class JobEngineTests {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final ProjectId PROJECT = new ProjectId("p1");

  private final VirtualClock clock = new VirtualClock(Clock.systemUTC(), ClockMode.MANUAL, T0);
  private final FaultPlan faults = new FaultPlan();
  private final Projects projects = new Projects(100, () -> Stream.of(this.jobs));
  private Jobs jobs = jobs(1000, Duration.ZERO, 42);

  /** Phones whose installs fail their check, and the effects applied so far. */
  private final Set<String> offline = ConcurrentHashMap.newKeySet();

  private final List<String> effects = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger checks = new AtomicInteger();

  private Jobs jobs(int history, Duration jitter, long seed) {
    return new Jobs(
        new JobProperties(
            Map.of(JobType.PUSH, Duration.ofSeconds(3), JobType.INSTALL, Duration.ofSeconds(2)),
            jitter,
            seed,
            history,
            Duration.ofMillis(100)),
        faults,
        clock,
        projects);
  }

  /** A deploy of one version on one server with these phones: 30, 31, then one 32 per phone. */
  private List<Job> deploy(String requestId, String... phones) {
    return projects.inside(PROJECT.value(), state -> deploy(state, requestId, phones));
  }

  /** As above, under the project's lock, held by the caller as a request holds it. */
  private List<Job> deploy(ProjectState state, String requestId, String... phones) {
    JobBatch batch = jobs.batch(state, new RequestId(requestId));
    Job parent = batch.job(JobType.DEPLOY).server("s1").add();
    Job push =
        batch
            .job(JobType.PUSH)
            .server("s1")
            .appVersion("v1")
            .parent(parent)
            .work(effect("pushed"))
            .add();
    for (String phone : phones) {
      batch
          .job(JobType.INSTALL)
          .server("s1")
          .phone(phone)
          .appVersion("v1")
          .parent(parent)
          .after(push)
          .work(
              new JobWork() {
                @Override
                public Optional<JobError> check() {
                  checks.incrementAndGet();
                  return offline.contains(phone)
                      ? Optional.of(new JobError("CPS.9102", "Phone is not running (status 8)."))
                      : Optional.empty();
                }

                @Override
                public void ended(Job job) {
                  effects.add(phone + ":" + job.status());
                }
              })
          .add();
    }
    return batch.submit();
  }

  private JobWork effect(String name) {
    return new JobWork() {
      @Override
      public void ended(Job job) {
        effects.add(name + ":" + job.status());
      }
    };
  }

  private JobView view(Job job) {
    catchUp();
    return find(job.id()).orElseThrow();
  }

  private Optional<JobView> find(String jobId) {
    return projects.inside(PROJECT.value(), state -> jobs.find(state, jobId));
  }

  private List<JobView> ofRequests(List<String> requestIds) {
    return projects.inside(PROJECT.value(), state -> jobs.ofRequests(state, requestIds));
  }

  private void catchUp() {
    projects.inside(
        PROJECT.value(),
        state -> {
          jobs.catchUp(state);
          return null;
        });
  }

  private void advance(long seconds) {
    clock.advance(Duration.ofSeconds(seconds));
    jobs.catchUpAll();
  }

  @Test
  void everyJobRunsFromItsCreationWithItsBeginTime() {
    List<Job> created = deploy("r1", "a", "b");

    assertThat(created).extracting(j -> view(j).status()).containsOnly(JobStatus.RUNNING);
    assertThat(created).extracting(j -> view(j).beginTime()).containsOnly(T0);
    assertThat(created).extracting(j -> view(j).endTime()).containsOnlyNulls();
  }

  @Test
  void installsStartWhenTheirPushSucceedsAndTheParentEndsWithTheLastOne() {
    List<Job> created = deploy("r1", "a", "b");
    Job parent = created.get(0);
    Job push = created.get(1);
    Job install = created.get(2);

    advance(2);
    assertThat(view(push).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(view(install).status()).isEqualTo(JobStatus.RUNNING);

    advance(1);
    assertThat(view(push).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(push).endTime()).isEqualTo(T0.plusSeconds(3));
    assertThat(view(install).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(view(parent).status()).isEqualTo(JobStatus.RUNNING);

    advance(2);
    assertThat(view(install).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(install).endTime()).isEqualTo(T0.plusSeconds(5));
    assertThat(view(parent).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(parent).endTime()).isEqualTo(T0.plusSeconds(5));
    assertThat(view(parent).errorCode()).isNull();
  }

  @Test
  void movingTheClockFarAheadEndsJobsAtTheirOwnTimesNotAtTheNewTime() {
    List<Job> created = deploy("r1", "a");

    advance(3600);

    assertThat(view(created.get(1)).endTime()).isEqualTo(T0.plusSeconds(3));
    assertThat(view(created.get(2)).endTime()).isEqualTo(T0.plusSeconds(5));
    assertThat(view(created.get(0)).endTime()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void failsAnInstallWhoseCheckFailsAndThenItsParentButNotTheOtherInstalls() {
    offline.add("b");
    List<Job> created = deploy("r1", "a", "b", "c");

    advance(5);

    JobView failed = view(created.get(3));
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.errorCode()).isEqualTo("CPS.9102");
    assertThat(failed.errorMsg()).isEqualTo("Phone is not running (status 8).");
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(created.get(4)).status()).isEqualTo(JobStatus.SUCCEEDED);
    JobView parent = view(created.get(0));
    assertThat(parent.status()).isEqualTo(JobStatus.FAILED);
    assertThat(parent.errorCode()).isEqualTo("CPS.9304");
    assertThat(parent.errorMsg()).startsWith("1 of 4 sub-jobs failed").contains(failed.jobId());
    assertThat(effects)
        .containsExactlyInAnyOrder("pushed:SUCCEEDED", "a:SUCCEEDED", "b:FAILED", "c:SUCCEEDED");
  }

  @Test
  void aFailedPushFailsItsInstallsAtOnceWithoutRunningThem() {
    faults.add(rule(FaultEffect.FAIL, "31", null, "CPS.4321", "OBS object missing", null));
    List<Job> created = deploy("r1", "a", "b");

    advance(3);

    assertThat(view(created.get(1)).errorCode()).isEqualTo("CPS.4321");
    for (Job install : created.subList(2, 4)) {
      JobView v = view(install);
      assertThat(v.status()).isEqualTo(JobStatus.FAILED);
      assertThat(v.endTime()).isEqualTo(T0.plusSeconds(3));
      assertThat(v.errorCode()).isEqualTo("CPS.9303");
      assertThat(v.errorMsg()).contains(created.get(1).id()).contains("CPS.4321");
    }
    assertThat(checks).hasValue(0);
    assertThat(view(created.get(0)).status()).isEqualTo(JobStatus.FAILED);
  }

  @Test
  void aFaultRuleFailsTheChosenPhoneWithTheChosenError() {
    faults.add(rule(FaultEffect.FAIL, "install", "b", "CPS.7777", "disk full", null));
    List<Job> created = deploy("r1", "a", "b");

    advance(5);

    assertThat(view(created.get(3)).errorCode()).isEqualTo("CPS.7777");
    assertThat(view(created.get(3)).errorMsg()).isEqualTo("disk full");
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aStalledJobStaysRunningUntilItsRuleIsRemovedThenEndsAndItsInstallsFollow() {
    FaultRule stall = faults.add(rule(FaultEffect.STALL, "31", null, null, null, null));
    List<Job> created = deploy("r1", "a");

    advance(3600);
    assertThat(view(created.get(1)).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(view(created.get(1)).stalledBy()).isEqualTo(stall.id());
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(jobs.nextDue()).isEmpty();

    faults.remove(stall.id());
    jobs.catchUpAll();
    Instant removedAt = T0.plusSeconds(3600);
    assertThat(view(created.get(1)).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(created.get(1)).endTime()).isEqualTo(removedAt);
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.RUNNING);

    advance(2);
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aRuleForTheNextNJobsActsOnExactlyN() {
    faults.add(rule(FaultEffect.FAIL, "32", null, null, null, 2));
    List<Job> created = deploy("r1", "a", "b", "c", "d");

    advance(5);

    assertThat(created.subList(2, 6))
        .extracting(j -> view(j).status())
        .containsExactly(
            JobStatus.FAILED, JobStatus.FAILED, JobStatus.SUCCEEDED, JobStatus.SUCCEEDED);
    assertThat(view(created.get(2)).errorCode()).isEqualTo("CPS.9301");
    assertThat(faults.rules().get(0).remaining()).isZero();
    assertThat(faults.rules().get(0).matched()).isEqualTo(2);
  }

  @Test
  void aProbabilisticRuleReplaysTheSameFailuresWithTheSameSeed() {
    String[] phones = new String[40];
    for (int i = 0; i < phones.length; i++) {
      phones[i] = "phone-" + i;
    }
    Set<String> firstRun = failedPhonesWithRule(phones, 7L);
    Set<String> secondRun = failedPhonesWithRule(phones, 7L);

    assertThat(firstRun).isNotEmpty().hasSizeLessThan(phones.length).isEqualTo(secondRun);
  }

  private Set<String> failedPhonesWithRule(String[] phones, long seed) {
    faults.clear();
    projects.resetAll(() -> {});
    faults.add(
        new FaultRule(
            null,
            null,
            "install",
            null,
            null,
            null,
            FaultEffect.FAIL,
            null,
            null,
            null,
            0.5,
            seed));
    List<Job> created = deploy("r-" + seed, phones);
    advance(5);
    Set<String> failed = new HashSet<>();
    for (Job job : created.subList(2, created.size())) {
      if (view(job).status() == JobStatus.FAILED) {
        failed.add(job.phoneId());
      }
    }
    return failed;
  }

  @Test
  void jitterFromTheSameSeedGivesTheSameEndTimes() {
    List<Duration> first = endTimesWithJitter(11);
    List<Duration> second = endTimesWithJitter(11);

    assertThat(first).isEqualTo(second);
    assertThat(new HashSet<>(first.subList(2, first.size()))).hasSizeGreaterThan(1);
    assertThat(first.get(1)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
  }

  /** How long after the request each job ended. */
  private List<Duration> endTimesWithJitter(long seed) {
    jobs = jobs(1000, Duration.ofSeconds(1), seed);
    List<Job> created = deploy("r1", "a", "b", "c", "d", "e");
    jobs.settle();
    return created.stream().map(j -> Duration.between(j.beginTime(), view(j).endTime())).toList();
  }

  @Test
  void appliesEachEffectOnceHoweverOftenJobsAreRead() {
    List<Job> created = deploy("r1", "a", "b");

    for (int i = 0; i < 5; i++) {
      advance(1);
      created.forEach(this::view);
      catchUp();
    }

    assertThat(effects).containsExactlyInAnyOrder("pushed:SUCCEEDED", "a:SUCCEEDED", "b:SUCCEEDED");
  }

  @Test
  void settleRunsTheClockUntilEveryJobThatCanEndHasEnded() {
    List<Job> created = deploy("r1", "a", "b");

    Jobs.Settled settled = jobs.settle();

    assertThat(settled.now()).isEqualTo(T0.plusSeconds(5));
    assertThat(settled.stillRunning()).isZero();
    assertThat(created).extracting(j -> view(j).status()).containsOnly(JobStatus.SUCCEEDED);
  }

  @Test
  void settleLeavesStalledJobsAndTheirParentsRunning() {
    faults.add(rule(FaultEffect.STALL, "install", "b", null, null, null));
    List<Job> created = deploy("r1", "a", "b");

    Jobs.Settled settled = jobs.settle();

    assertThat(settled.stillRunning()).isEqualTo(2);
    assertThat(view(created.get(3)).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(view(created.get(0)).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void settleStopsAtTheLastTimeTheClockCanShow() {
    clock.set(VirtualClock.LATEST.minusSeconds(4));
    List<Job> created = deploy("r1", "a");

    Jobs.Settled settled = jobs.settle();

    assertThat(settled.now()).isEqualTo(VirtualClock.LATEST.minusSeconds(1));
    assertThat(settled.stillRunning()).isEqualTo(2);
    assertThat(view(created.get(1)).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(view(created.get(2)).status()).isEqualTo(JobStatus.RUNNING);
  }

  @Test
  void anEndedJobRefusesAnyFurtherMove() {
    List<Job> created = deploy("r1", "a");
    jobs.settle();
    Job install = created.get(2);

    assertThatThrownBy(() -> install.succeed(T0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> install.fail(T0, new JobError("X", "y")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> install.stall("f-1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keepsTheHistoryWithinItsCapByEvictingTheOldestEndedJobsFirst() {
    jobs = jobs(10, Duration.ZERO, 42);
    List<Job> first = deploy("r1", "a", "b", "c"); // 5 jobs
    jobs.settle();
    List<Job> second = deploy("r2", "a", "b", "c"); // 5 more: 10, at the cap
    jobs.settle();
    List<Job> third = deploy("r3", "a", "b", "c"); // 15 > 10: the 5 oldest ended go

    assertThat(jobs.counts().stored()).isEqualTo(10);
    assertThat(first).allSatisfy(j -> assertThat(find(j.id())).isEmpty());
    assertThat(second).allSatisfy(j -> assertThat(find(j.id())).isPresent());
    assertThat(third).allSatisfy(j -> assertThat(find(j.id())).isPresent());
    assertThat(ofRequests(List.of("r1"))).isEmpty();
  }

  @Test
  void neverEvictsRunningJobsAndRefusesABatchThatWouldRunPastTheCap() {
    jobs = jobs(10, Duration.ZERO, 42);
    List<Job> running = deploy("r1", "a", "b", "c", "d", "e", "f"); // 8 running

    assertThatThrownBy(() -> deploy("r2", "a", "b"))
        .isInstanceOf(CphException.class)
        .hasMessageContaining("running jobs");
    assertThat(running).allSatisfy(j -> assertThat(find(j.id())).isPresent());
    assertThat(jobs.counts().running()).isEqualTo(8);
    assertThat(ofRequests(List.of("r2"))).isEmpty();
  }

  @Test
  void forgettingAProjectDropsItsJobsAndCounts() {
    deploy("r1", "a", "b");

    projects.reset(PROJECT);

    assertThat(jobs.counts().stored()).isZero();
    assertThat(jobs.counts().running()).isZero();
    assertThat(ofRequests(List.of("r1"))).isEmpty();
  }

  @Test
  void forgettingAProjectWhileAnotherThreadEndsItsJobsKeepsTheCountsTrue() throws Exception {
    jobs = jobs(100_000, Duration.ZERO, 42);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    ExecutorService ticker = Executors.newSingleThreadExecutor();
    Future<?> ticking =
        ticker.submit(
            () -> {
              while (System.nanoTime() < end) {
                clock.advance(Duration.ofMillis(500));
                jobs.catchUpAll();
              }
            });
    int round = 0;
    while (System.nanoTime() < end) {
      deploy("r" + round++, "a", "b", "c");
      clock.advance(Duration.ofSeconds(3)); // pushes due: the ticker ends them as we forget
      projects.reset(PROJECT);
    }
    ticking.get(30, TimeUnit.SECONDS);
    ticker.shutdown();

    assertThat(round).isPositive();
    assertThat(jobs.settle().stillRunning()).isZero();
    assertThat(jobs.counts().running()).isZero();
    assertThat(jobs.counts().stored()).isZero();
  }

  @Test
  void settlesAndAdvancesRacingEachOtherNeverFail() throws Exception {
    jobs = jobs(100_000, Duration.ZERO, 42);
    for (int i = 0; i < 200; i++) {
      deploy("r" + i, "a", "b");
      clock.advance(Duration.ofMillis(10));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<Future<?>> racing = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      boolean settles = t % 2 == 0;
      racing.add(
          pool.submit(
              () -> {
                int i = 0;
                while (System.nanoTime() < end) {
                  if (settles) {
                    deploy("s-" + Thread.currentThread().getId() + "-" + i++, "a");
                    jobs.settle();
                  } else {
                    clock.advance(Duration.ofMillis(1));
                  }
                }
              }));
    }
    for (Future<?> future : racing) {
      future.get(30, TimeUnit.SECONDS); // a settle overtaken by an advance threw here
    }
    pool.shutdown();

    assertThat(jobs.settle().stillRunning()).isZero();
  }

  @Test
  void parallelRequestsAndPollsOnOneProjectLoseNothing() throws Exception {
    jobs = jobs(100_000, Duration.ZERO, 42);
    int threads = 8;
    int deploysPerThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Job>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<Job> mine = new ArrayList<>();
                for (int i = 0; i < deploysPerThread; i++) {
                  mine.addAll(deploy("r-" + thread + "-" + i, "a", "b"));
                  catchUp();
                  if (i % 10 == 0) {
                    clock.advance(Duration.ofSeconds(1));
                  }
                }
                return mine;
              }));
    }
    start.countDown();
    List<Job> all = new ArrayList<>();
    for (Future<List<Job>> result : results) {
      all.addAll(result.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    jobs.settle();

    assertThat(all).hasSize(threads * deploysPerThread * 4);
    assertThat(all).extracting(Job::id).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(j -> assertThat(view(j).status()).isEqualTo(JobStatus.SUCCEEDED));
    assertThat(jobs.counts().running()).isZero();
    assertThat(jobs.counts().stored()).isEqualTo(all.size());
    assertThat(effects).hasSize(threads * deploysPerThread * 3);
  }

  private static FaultRule rule(
      FaultEffect effect,
      String jobType,
      String phone,
      String code,
      String message,
      Integer times) {
    return new FaultRule(
        null, null, jobType, null, phone, null, effect, code, message, times, null, null);
  }
}
