package dev.cphemulator.jobs;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * While the clock follows wall time, moves jobs forward every {@code cph.emulator.jobs.tick}, so
 * effects land on time even when nobody polls. In manual mode it does nothing: time only moves when
 * told to.
 */
@Component
class JobTicker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobTicker.class);
  private final Jobs jobs;
  private final VirtualClock clock;
  private final long tickNanos;
  private ScheduledExecutorService executor;

  JobTicker(Jobs jobs, VirtualClock clock, JobProperties settings) {
    this.jobs = jobs;
    this.clock = clock;
    this.tickNanos = settings.tick().toNanos();
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "cph-job-ticker");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::tick, tickNanos, tickNanos, TimeUnit.NANOSECONDS);
  }

  void tick() {
    try {
      if (clock.mode() == ClockMode.REAL) {
        jobs.catchUpIdle();
      }
    } catch (RuntimeException e) {
      log.error("Job tick failed", e);
    } catch (Error e) {
      // an executor keeps what a task throws to itself and quietly stops scheduling it: hand the
      // error to the thread's handler, which stops the emulator on a VirtualMachineError
      Thread thread = Thread.currentThread();
      thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      throw e;
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
