package dev.cphemulator.support;

import dev.cphemulator.CphEmulatorApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An emulator of its own, started in this JVM on a free port, for a test class that must not share
 * the Spring test context of the others: one that moves the global clock, adds fault rules, or
 * races resets against deploys. Close it when the class is done.
 */
public final class RunningEmulator implements AutoCloseable {

  private final ConfigurableApplicationContext app;
  private final int port;

  private RunningEmulator(ConfigurableApplicationContext app) {
    this.app = app;
    this.port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  /**
   * Starts the emulator on the embedded default fleet with these settings, given as command-line
   * arguments ({@code --name=value}), which win over {@code application.yml}.
   */
  public static RunningEmulator start(String... settings) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn"));
    args.addAll(List.of(settings));
    return new RunningEmulator(
        new SpringApplicationBuilder(CphEmulatorApplication.class)
            .run(args.toArray(String[]::new)));
  }

  /** Starts the emulator as the end-to-end tests see it: manual clock, room for many projects. */
  public static RunningEmulator startManual() {
    return start(
        "--cph.emulator.clock.mode=manual",
        "--cph.emulator.clock.start=2026-01-05T10:00:00Z",
        "--cph.emulator.limits.projects=100000");
  }

  public int port() {
    return port;
  }

  /** One of the emulator's beans. */
  public <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  @Override
  public void close() {
    app.close();
  }
}
