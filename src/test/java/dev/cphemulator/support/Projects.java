package dev.cphemulator.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh project ids for tests. */
public final class Projects {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Projects() {}

  public static String fresh() {
    return "test-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
  }
}
