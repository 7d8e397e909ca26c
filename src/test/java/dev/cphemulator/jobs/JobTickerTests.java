package dev.cphemulator.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.kernel.Projects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ticker that moves jobs on while the clock follows wall time. */
class JobTickerTests {

  private final VirtualClock clock =
      new VirtualClock(Clock.systemUTC(), ClockMode.REAL, Instant.parse("2026-01-05T10:00:00Z"));
  private final JobProperties settings =
      new JobProperties(Map.of(), Duration.ZERO, 42, 1000, Duration.ofMillis(100));

  @Test
  void startedItMovesJobsOnEveryTickOnItsOwnDaemonThreadUntilStopped() throws Exception {
    java.util.concurrent.CountDownLatch ticks = new java.util.concurrent.CountDownLatch(3);
    AtomicReference<Thread> on = new AtomicReference<>();
    Jobs counting =
        new Jobs(settings, new FaultPlan(), clock, new Projects(10, Stream::empty)) {
          @Override
          public void catchUpIdle() {
            on.set(Thread.currentThread());
            ticks.countDown();
          }
        };
    JobTicker ticker =
        new JobTicker(
            counting,
            clock,
            new JobProperties(Map.of(), Duration.ZERO, 42, 1000, Duration.ofMillis(10)));
    ticker.start();
    try {
      assertThat(ticker.isRunning()).isTrue();
      assertThat(ticks.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(on.get().isDaemon()).isTrue();
      assertThat(on.get().getName()).startsWith("cph-job-ticker");
    } finally {
      ticker.stop();
    }
    assertThat(ticker.isRunning()).isFalse();
  }

  @Test
  void anErrorInATickReachesTheThreadsHandlerInsteadOfStoppingTheTickerSilently() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    Jobs failing =
        new Jobs(settings, new FaultPlan(), clock, new Projects(10, Stream::empty)) {
          @Override
          public void catchUpIdle() {
            throw error;
          }
        };
    JobTicker ticker = new JobTicker(failing, clock, settings);
    AtomicReference<Throwable> handed = new AtomicReference<>();
    Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
    Thread.currentThread().setUncaughtExceptionHandler((thread, thrown) -> handed.set(thrown));
    try {
      assertThatThrownBy(ticker::tick).isSameAs(error);
    } finally {
      Thread.currentThread().setUncaughtExceptionHandler(before);
    }

    assertThat(handed.get()).isSameAs(error);
  }
}
