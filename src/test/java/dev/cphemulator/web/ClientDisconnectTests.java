package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that goes away before reading its answer is nothing the operator must look at: at most a
 * DEBUG line, never an ERROR with the stack trace of a broken pipe.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.dev.cphemulator.web=DEBUG")
class ClientDisconnectTests extends EmulatorTest {

  private static final String WENT_AWAY = "The client went away before the answer to GET";
  private static final String UNEXPECTED = "Unexpected error on GET";

  @Test
  void aClientThatLeavesBeforeItsAnswerIsADebugLineNotAnError(CapturedOutput output)
      throws Exception {
    for (int i = 0; i < 10; i++) {
      try (Socket socket = RawHttp.connect(port, 10_000)) {
        socket.setSoLinger(true, 0); // closing resets the connection at once
        socket
            .getOutputStream()
            .write(
                ("GET /v1/"
                        + project
                        + "/cloud-phone/phones?limit=200 HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
      }
    }

    // the emulator has met a vanished client when it says so, one way or the other
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> output.getAll().contains(WENT_AWAY) || output.getAll().contains(UNEXPECTED));
    Thread.sleep(1_000); // the other requests are handled meanwhile

    assertThat(output.getAll())
        .contains(WENT_AWAY)
        .doesNotContain(UNEXPECTED)
        .doesNotContain(" ERROR ")
        .doesNotContain(" WARN ")
        .doesNotContain("\tat ");
  }
}
