package dev.cphemulator.jobs;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * While the clock follows wall time, moves jobs forward every {@code cph.emulator.jobs.tick}, so
 * effects land on time even when nobody polls. In manual mode it does nothing: time only moves when
 * told to. It runs on a Spring {@link ThreadPoolTaskScheduler} of its own: one daemon thread,
 * {@code cph-job-ticker-1}.
 */
@Component
class JobTicker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobTicker.class);
  private final Jobs jobs;
  private final VirtualClock clock;
  private final Duration tick;
  private ThreadPoolTaskScheduler scheduler;

  JobTicker(Jobs jobs, VirtualClock clock, JobProperties settings) {
    this.jobs = jobs;
    this.clock = clock;
    this.tick = settings.tick();
  }

  @Override
  public synchronized void start() {
    ThreadPoolTaskScheduler ticker = new ThreadPoolTaskScheduler();
    ticker.setThreadNamePrefix("cph-job-ticker-");
    ticker.setDaemon(true);
    // what reaches the scheduler is an Error tick() has already handed to the thread's handler:
    // nothing more to report, and the ticker goes on
    ticker.setErrorHandler(handed -> {});
    ticker.initialize();
    ticker.scheduleWithFixedDelay(this::tick, Instant.now().plus(tick), tick);
    scheduler = ticker;
  }

  void tick() {
    try {
      if (clock.mode() == ClockMode.REAL) {
        jobs.catchUpIdle();
      }
    } catch (RuntimeException e) {
      log.error("Job tick failed", e);
    } catch (Error e) {
      // a scheduler keeps what a task throws to itself: hand the error to the thread's handler,
      // which stops the emulator on a VirtualMachineError
      Thread thread = Thread.currentThread();
      thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      throw e;
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
