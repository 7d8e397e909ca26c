package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocExampleTests extends EmulatorTest {

  @Test
  void theDocumentationsDeployRequestVerbatimAnswers200WithOneJobPerServerVersionAndPhone()
      throws Exception {
    String body =
        Files.readString(Path.of("src/test/resources/examples/deploy-app-version.request.json"));

    JsonPath answer =
        cph()
            .body(body)
            .post("/servers/action")
            .then()
            .statusCode(200)
            .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
            .body("request_id", matchesPattern("[0-9a-f]{32}"))
            .body("jobs", hasSize(1 + 1 + 6))
            .body("jobs[0].job_type", equalTo(30))
            .body("jobs[0].server_id", equalTo(DOC_SERVER))
            .body("jobs[1].job_type", equalTo(31))
            .body("jobs[1].app_version_id", equalTo(DOC_APP_VERSION))
            .extract()
            .jsonPath();

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertThat(jobs.get(0)).containsOnlyKeys("job_type", "job_id", "server_id");
    assertThat(jobs.get(1)).containsOnlyKeys("job_type", "job_id", "server_id", "app_version_id");
    for (Map<String, Object> install : jobs.subList(2, jobs.size())) {
      assertThat(install)
          .containsOnlyKeys("job_type", "job_id", "server_id", "phone_id", "app_version_id")
          .containsEntry("job_type", 32)
          .containsEntry("server_id", DOC_SERVER)
          .containsEntry("app_version_id", DOC_APP_VERSION);
    }
    assertThat(jobs)
        .extracting(job -> (String) job.get("job_id"))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[0-9a-f]{32}"));
    assertThat(answer.getString("request_id")).isNotEqualTo(jobs.get(0).get("job_id"));
  }
}
