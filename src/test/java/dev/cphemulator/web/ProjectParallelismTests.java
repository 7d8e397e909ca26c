package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.kernel.ProjectRequestHook;
import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.Projects;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One lock per project: a request of one project that is stuck inside does not hold up another
 * project's requests, while the same project's next request waits its turn.
 */
@Import(ProjectParallelismTests.Stall.class)
class ProjectParallelismTests extends EmulatorTest {

  /** Projects whose requests stop, holding their lock, until the test lets them go. */
  static final String STALLED = "stalled-";

  static volatile CountDownLatch entered = new CountDownLatch(0);
  static volatile CountDownLatch release = new CountDownLatch(0);

  /** A test-only request hook: holds a stalled project's request inside until released. */
  @TestConfiguration
  static class Stall {

    @Bean
    ProjectRequestHook stallHook() {
      return state -> {
        if (state.project().value().startsWith(STALLED)) {
          entered.countDown();
          try {
            if (!release.await(30, TimeUnit.SECONDS)) {
              throw new IllegalStateException("never released");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aStalledRequestOfOneProjectHoldsUpNeitherAnotherProjectsDeployNorItsReads()
      throws Exception {
    String stalled = STALLED + Projects.fresh();
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
    Future<Integer> stuck =
        pool.submit(() -> cph(stalled).get("/servers").then().extract().statusCode());
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    long started = System.nanoTime();
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    cph().get("/servers").then().statusCode(200);
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(stuck).isNotDone();
    assertThat(tookMillis).isLessThan(20_000);
    release.countDown();
    assertThat(stuck.get(30, TimeUnit.SECONDS)).isEqualTo(200);
  }

  @Test
  void theNextRequestOfAStalledProjectWaitsForIt() throws Exception {
    String stalled = STALLED + Projects.fresh();
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
    Future<Integer> stuck =
        pool.submit(() -> cph(stalled).get("/servers").then().extract().statusCode());
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    entered = new CountDownLatch(1);

    Future<Integer> next =
        pool.submit(() -> cph(stalled).get("/phones").then().extract().statusCode());
    assertThat(entered.await(300, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(next).isNotDone();

    release.countDown();
    assertThat(stuck.get(30, TimeUnit.SECONDS)).isEqualTo(200);
    assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo(200);
  }
}
