package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.cphemulator.kernel.Projects;
import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Whatever way a CPH request ends, its project is released, once: another thread enters the project
 * at once afterwards, a reset of every project is not kept waiting, and no release fails.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectReleaseTests extends EmulatorTest {

  @Autowired Projects projects;
  @Autowired WebApplicationContext context;

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET    | /servers                   |                          | 200",
        "GET    | /jobs/no-such-job          |                          | 404",
        "POST   | /servers/action            | {\"batch_deploy_app_version\":{\"app_version_ids\":[\"nope\"],\"server_ids\":[\"s\"]}} | 400",
        "POST   | /servers/action            | {                        | 400",
        "POST   | /phones/batch-restart      | {\"no_such_field\":1}    | 400",
        "DELETE | /servers                   |                          | 405",
        "GET    | /no-such-path              |                          | 404",
        "GET    | /jobs?request_id=x&limit=0 |                          | 400",
      })
  void theProjectIsReleasedOnceWhateverTheAnswer(
      String method, String path, String body, int status, CapturedOutput output) throws Exception {
    RawHttp.Answer answer =
        new RawHttp(port)
            .send(
                method,
                "/v1/" + project + "/cloud-phone" + path,
                body == null ? Map.of() : Map.of("Content-Type", "application/json"),
                body);

    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    assertReleased(project, output);
  }

  @Test
  void aDeployAnswerReleasesTheProject(CapturedOutput output) throws Exception {
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    assertReleased(project, output);
  }

  /**
   * A request that reaches a controller without passing the filter (as the filter-less dispatch of
   * a mock request does) enters its project when the controller asks for it, and is released too.
   */
  @ParameterizedTest
  @CsvSource({"/servers, 200", "/jobs/no-such-job, 404"})
  void aProjectEnteredLateIsReleasedOnTheThreadThatEnteredIt(
      String path, int status, CapturedOutput output) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

    MvcResult result = mvc.perform(get("/v1/" + project + "/cloud-phone" + path)).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    assertThat(projects.inside(project, state -> state).isLockedByCurrentThread())
        .as("the test thread, which ran the request, holds no lock afterwards")
        .isFalse();
    assertReleased(project, output);
  }

  private void assertReleased(String projectId, CapturedOutput output) throws Exception {
    assertThat(
            CompletableFuture.supplyAsync(() -> projects.inside(projectId, state -> true))
                .get(5, TimeUnit.SECONDS))
        .isTrue();
    assertThat(
            CompletableFuture.supplyAsync(
                    () -> {
                      projects.eachProject(state -> {});
                      return true;
                    })
                .get(5, TimeUnit.SECONDS))
        .isTrue();
    assertThat(output.getAll())
        .doesNotContain("IllegalMonitorStateException")
        .doesNotContain("left by a thread that did not enter it")
        .doesNotContain("CPS.0003");
  }
}
