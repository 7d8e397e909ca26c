package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which errors stop the emulator, wherever they are met: a thread that dies of one, a filter chain
 * it escapes, a cause chain it hides in. The halt is recorded here, never done.
 */
class FatalErrorsTests {

  private final List<Integer> halts = new CopyOnWriteArrayList<>();
  private final FatalErrors fatal = new FatalErrors(halts::add);

  @AfterEach
  void uninstall() {
    fatal.uninstall();
  }

  @Test
  void anOutOfMemoryErrorHaltsWithTheEmulatorsExitCode() {
    fatal.haltIfFatal(new OutOfMemoryError("Java heap space"), "a test");

    assertThat(halts).containsExactly(70);
  }

  @Test
  void aFatalErrorAmongTheCausesHalts() {
    fatal.haltIfFatal(
        new ServletException(
            "Handler dispatch failed", new IllegalStateException(new InternalError("broken"))),
        "a test");

    assertThat(halts).containsExactly(FatalErrors.EXIT_CODE);
  }

  @Test
  void aStackOverflowOrAnOrdinaryFailureDoesNotHalt() {
    fatal.haltIfFatal(new StackOverflowError(), "a test");
    fatal.haltIfFatal(new ServletException(new StackOverflowError()), "a test");
    fatal.haltIfFatal(new UncheckedIOException(new java.io.IOException("gone")), "a test");

    assertThat(halts).isEmpty();
  }

  @Test
  void aCycleOfCausesIsWalkedOnce() {
    IllegalStateException first = new IllegalStateException();
    IllegalArgumentException second = new IllegalArgumentException(first);
    first.initCause(second);

    fatal.haltIfFatal(first, "a test");

    assertThat(halts).isEmpty();
  }

  @Test
  void aThreadThatDiesOfOutOfMemoryHaltsTheJvm() throws InterruptedException {
    Thread thread =
        new Thread(
            () -> {
              throw new OutOfMemoryError("unable to create native thread");
            },
            "dies");
    thread.start();
    thread.join(10_000);

    assertThat(halts).containsExactly(FatalErrors.EXIT_CODE);
  }

  @Test
  void aThreadThatDiesOfAnythingElseIsReportedAndDoesNotHalt() throws InterruptedException {
    Thread thread =
        new Thread(
            () -> {
              throw new IllegalStateException("a bug");
            },
            "dies");
    thread.start();
    thread.join(10_000);

    assertThat(halts).isEmpty();
  }

  @Test
  void aFatalErrorThatEscapesTheFilterChainHaltsAndGoesOn() {
    FatalErrorFilter filter = new FatalErrorFilter(fatal);
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/v1/p/cloud-phone/phones"),
                    new MockHttpServletResponse(),
                    (request, response) -> {
                      throw error;
                    }))
        .isSameAs(error);
    assertThat(halts).containsExactly(FatalErrors.EXIT_CODE);
  }
}
