package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The step Spring MVC runs after a handler made its answer and before a converter writes it leaves
 * the request's project: the body it hands on is written with the project unlocked.
 */
class LeaveBeforeWritingTests {

  private final Projects projects = new Projects(10, Stream::empty);
  private final LeaveBeforeWriting advice = new LeaveBeforeWriting();

  @Test
  void theProjectIsUnlockedBeforeTheAnswerIsWrittenAndLeavingAgainDoesNothing() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/p/cloud-phone/jobs");
    Projects.Entry entry = projects.enter("p");
    ProjectState state = entry.state();
    request.setAttribute(CphPaths.ENTRY_ATTRIBUTE, entry);
    Object answer = new Object();

    Object written =
        advice.beforeBodyWrite(
            answer,
            null,
            MediaType.APPLICATION_JSON,
            null,
            new ServletServerHttpRequest(request),
            new ServletServerHttpResponse(new MockHttpServletResponse()));

    assertThat(written).isSameAs(answer);
    assertThat(state.isLockedByCurrentThread()).isFalse();
    assertThat(
            CompletableFuture.supplyAsync(() -> projects.inside("p", s -> true))
                .get(5, TimeUnit.SECONDS))
        .isTrue();

    ProjectFilter.leave(request); // the filter's own leaving, at the request's end
    entry.close();
    assertThat(state.isLockedByCurrentThread()).isFalse();
  }

  @Test
  void anAnswerOfARequestThatEnteredNoProjectIsHandedOnAsItIs() {
    Object answer = "body";
    assertThat(
            advice.beforeBodyWrite(
                answer,
                null,
                MediaType.APPLICATION_JSON,
                null,
                new ServletServerHttpRequest(new MockHttpServletRequest()),
                new ServletServerHttpResponse(new MockHttpServletResponse())))
        .isSameAs(answer);
  }
}
