package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.JsonShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Answers have the shapes of CPH's example bodies ({@code src/test/resources/examples/}, from the
 * CPH documentation): the same keys with the same JSON types. Values are not compared: the examples
 * are illustrations whose ids repeat across unrelated objects.
 */
class ExampleShapeTests extends EmulatorTest {

  /**
   * ShowJob keys newer than the documentation's example: the newer docs and the SDK's model have
   * them (ShowJob, and the SDK models).
   */
  private static final Set<String> SHOW_JOB_KEYS_AFTER_THE_EXAMPLE =
      Set.of("phone_id", "server_id");

  @Test
  void theDeployAnswerHasTheShapeOfTheDocumentationsExampleForEveryJobType() throws IOException {
    JsonNode example = example("deploy-app-version.response.json");
    JsonNode answer =
        JsonShape.parse(
            cph()
                .body(Files.readString(examples().resolve("deploy-app-version.request.json")))
                .post("/servers/action")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(JsonShape.of(answer)).isEqualTo(JsonShape.of(example));
    Map<Integer, Map<String, String>> exampleJobs = shapesByJobType(example);
    Map<Integer, Map<String, String>> answerJobs = shapesByJobType(answer);
    assertThat(answerJobs).isEqualTo(exampleJobs);
    assertThat(answerJobs).containsOnlyKeys(30, 31, 32);
  }

  @Test
  void showJobHasTheShapeOfTheDocumentationsExamplePlusPhoneAndServer() throws IOException {
    JsonNode example = example("show-job.response.json");
    String jobId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("jobs[2].job_id");
    settle(); // the example is a job that succeeded

    JsonNode answer =
        JsonShape.parse(cph().get("/jobs/{id}", jobId).then().statusCode(200).extract().asString());

    Map<String, String> expected = new TreeMap<>(JsonShape.of(example));
    SHOW_JOB_KEYS_AFTER_THE_EXAMPLE.forEach(key -> expected.put(key, "string"));
    assertThat(JsonShape.of(answer)).isEqualTo(expected);
  }

  @Test
  void listJobsEntriesHaveTheShapeOfTheShowJobExampleWithoutItsRequestId() throws IOException {
    JsonNode example = example("show-job.response.json");
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    settle();

    JsonNode answer =
        JsonShape.parse(
            cph()
                .queryParam("request_id", requestId)
                .get("/jobs")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(JsonShape.of(answer)).containsOnlyKeys("request_id", "jobs");
    Map<String, String> expected = new TreeMap<>(JsonShape.of(example));
    expected.remove("request_id");
    SHOW_JOB_KEYS_AFTER_THE_EXAMPLE.forEach(key -> expected.put(key, "string"));
    JsonNode install = answer.get("jobs").get(2); // a 32: it has a phone and a server
    assertThat(JsonShape.of(install)).isEqualTo(expected);
  }

  @Test
  void theErrorBodyHasTheShapeOfTheDocumentationsExampleAndItsExactMessage() throws IOException {
    JsonNode example = example("error.response.json");

    JsonNode answer =
        JsonShape.parse(
            cph()
                .queryParam("request_id", "r")
                .queryParam("limit", 0)
                .get("/jobs")
                .then()
                .statusCode(400)
                .extract()
                .asString());

    assertThat(JsonShape.of(answer)).isEqualTo(JsonShape.of(example));
    // CPS.0002 and its message are fixed by CPH's error table, not made up by the example.
    assertThat(answer.get("error_code")).isEqualTo(example.get("error_code"));
    assertThat(answer.get("error_msg")).isEqualTo(example.get("error_msg"));
  }

  private static Map<Integer, Map<String, String>> shapesByJobType(JsonNode answer) {
    Map<Integer, Map<String, String>> byType = new HashMap<>();
    for (JsonNode job : answer.get("jobs")) {
      Map<String, String> shape = JsonShape.of(job);
      Map<String, String> seen = byType.putIfAbsent(job.get("job_type").asInt(), shape);
      assertThat(seen == null ? shape : seen)
          .as("every job of type %s has one shape", job.get("job_type"))
          .isEqualTo(shape);
    }
    return byType;
  }

  private static JsonNode example(String name) throws IOException {
    return JsonShape.parse(Files.readString(examples().resolve(name)));
  }

  private static Path examples() {
    return Path.of("src/test/resources/examples");
  }
}
