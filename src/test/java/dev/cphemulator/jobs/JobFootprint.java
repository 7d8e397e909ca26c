package dev.cphemulator.jobs;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the heap a stored job takes, running and ended, so that the default history cap ({@code
 * cph.emulator.jobs.history}, one million) can be sized against a heap. Not a test. Run: {@code
 * ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=dev.cphemulator.jobs.JobFootprint
 * -Dbench.args=1000000}.
 */
public final class JobFootprint {

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    VirtualClock clock = new VirtualClock(Clock.systemUTC(), ClockMode.MANUAL, null);
    Projects projects = new Projects(1, Stream::empty);
    Jobs jobs =
        new Jobs(
            new JobProperties(Map.of(), Duration.ZERO, 42, count, Duration.ofMillis(100)),
            new FaultPlan(),
            clock,
            projects);
    long before = usedHeap();
    projects.inside("footprint", state -> store(jobs, state, count));
    long stored = jobs.counts().stored();
    long running = usedHeap() - before;
    jobs.settle();
    long ended = usedHeap() - before;
    System.out.printf(
        "%,d jobs stored: %,d bytes per running job, %,d bytes per ended job (heap %,d MB in all)%n",
        stored, running / stored, ended / stored, ended / (1024 * 1024));
  }

  private static long usedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Stores {@code count} jobs, a deploy at a time, holding the project's lock. */
  private static Void store(Jobs jobs, ProjectState state, int count) {
    int perRequest = 1 + 2 + 2 * 60; // a deploy of two versions on a server of 60 phones
    int requests = count / perRequest;
    for (int r = 0; r < requests; r++) {
      JobBatch batch = jobs.batch(state, new RequestId("request-" + r));
      Job parent = batch.job(JobType.DEPLOY).server("server").add();
      for (int v = 0; v < 2; v++) {
        Job push =
            batch.job(JobType.PUSH).server("server").appVersion("v" + v).parent(parent).add();
        for (int p = 0; p < 60; p++) {
          batch
              .job(JobType.INSTALL)
              .server("server")
              .phone("phone-" + p)
              .appVersion("v" + v)
              .parent(parent)
              .after(push)
              .work(JobWork.NONE)
              .add();
        }
      }
      batch.submit();
    }
    return null;
  }
}
