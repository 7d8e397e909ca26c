package dev.cphemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.apps.AppProperties;
import dev.cphemulator.jobs.JobProperties;
import dev.cphemulator.kernel.ProjectLimits;
import dev.cphemulator.web.WebLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * A bad setting stops start-up with Spring Boot's own report, naming the property and why; the
 * defaults bind and pass.
 */
class PropertyValidationTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({
    JobProperties.class,
    WebLimits.class,
    ProjectLimits.class,
    AppProperties.class
  })
  static class Settings {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void theDefaultsBind() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          JobProperties jobs = context.getBean(JobProperties.class);
          assertThat(jobs.jitter()).isZero();
          assertThat(jobs.history()).isEqualTo(100_000);
          assertThat(jobs.tick()).isEqualTo(Duration.ofMillis(100));
          assertThat(context.getBean(WebLimits.class).bodyTimeout())
              .isEqualTo(Duration.ofSeconds(10));
          assertThat(context.getBean(AppProperties.class)).isEqualTo(AppProperties.cphQuotas());
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cph.emulator.jobs.durations.push=-1s | cph.emulator.jobs.durations | must not be negative",
        "cph.emulator.jobs.jitter=-1ms       | cph.emulator.jobs.jitter    | must not be negative",
        "cph.emulator.jobs.history=0         | cph.emulator.jobs.history   | 1",
        "cph.emulator.jobs.tick=0s           | cph.emulator.jobs.tick      | must be positive",
        "cph.emulator.limits.body-timeout=0s | cph.emulator.limits.body-timeout | at least 1ms",
        "cph.emulator.limits.projects=0      | cph.emulator.limits.projects | 1",
        "cph.emulator.apps.max-apps=-1       | cph.emulator.apps.max-apps  | must not be negative",
        "cph.emulator.apps.max-versions=-1   | cph.emulator.apps.max-versions | must not be negative",
      })
  void aBadValueStopsStartUpNamingTheProperty(String setting, String property, String why) {
    runner
        .withPropertyValues(setting)
        .run(
            context -> {
              assertThat(context).hasFailed();
              String report = String.valueOf(context.getStartupFailure());
              Throwable cause = context.getStartupFailure();
              StringBuilder all = new StringBuilder(report);
              while (cause.getCause() != null) {
                cause = cause.getCause();
                all.append('\n').append(cause);
              }
              assertThat(all.toString()).contains(property).contains(why);
            });
  }
}
