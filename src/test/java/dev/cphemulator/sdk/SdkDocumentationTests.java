package dev.cphemulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.cph.v1.CphClient;
import com.huaweicloud.sdk.cph.v1.model.ShowCloudPhoneDetailRequest;
import com.huaweicloud.sdk.cph.v1.model.ShowJobResponse;
import dev.cphemulator.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example of the README's SDK section, run as written against an emulator whose clock follows
 * wall time (the example waits by polling, as against CPH), with a short restart so the test is
 * quick.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cph.emulator.clock.mode=real",
      "cph.emulator.jobs.durations.phone-restart=300ms"
    })
class SdkDocumentationTests {

  @LocalServerPort int port;

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theDocumentedExampleRestartsAPhoneAndWaitsForItsJob() throws Exception {
    String project = Projects.fresh();
    CphClient cph = RestartAPhone.client("http://127.0.0.1:" + port, project);

    ShowJobResponse job = RestartAPhone.restartFirstRunningPhone(cph);

    assertThat(job.getStatus()).isEqualTo(2);
    assertThat(job.getEndTime()).isNotNull();
    assertThat(
            cph.showCloudPhoneDetail(
                    new ShowCloudPhoneDetailRequest().withPhoneId(job.getPhoneId()))
                .getStatus())
        .isEqualTo(2);
  }

  @Test
  void theDocumentShowsTheExampleExactlyAsTested() throws Exception {
    String source =
        Files.readString(Path.of("src/test/java/dev/cphemulator/sdk/RestartAPhone.java"));
    String withoutPackage = source.substring(source.indexOf("import "));
    String document = Files.readString(Path.of("README.md"));
    assertThat(document).contains("```java\n" + withoutPackage + "```");
  }
}
