package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.kernel.Projects;
import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A request whose body never arrives whole is answered 408 and holds its project neither before nor
 * after: the next request of the project is answered at once.
 */
@TestPropertySource(properties = "cph.emulator.limits.body-timeout=1s")
class ProjectReleaseOnTimeoutTests extends EmulatorTest {

  @Autowired Projects projects;

  @Test
  void aBodyThatTimesOutLeavesTheProjectFree() throws Exception {
    RawHttp.Answer first = new RawHttp(port).send("GET", "/v1/" + project + "/cloud-phone/servers");
    assertThat(first.status()).isEqualTo(200);
    try (Socket socket = RawHttp.connect(port, 10_000)) {
      socket
          .getOutputStream()
          .write(
              ("POST /v1/"
                      + project
                      + "/cloud-phone/phones/batch-restart HTTP/1.1\r\nHost: localhost\r\n"
                      + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      RawHttp.Answer timedOut = RawHttp.parse(socket.getInputStream().readAllBytes());
      assertThat(timedOut.status()).isEqualTo(408);
    }

    RawHttp.Answer next =
        RawHttp.exchange(
            port,
            "GET /v1/"
                + project
                + "/cloud-phone/phones HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            5_000);
    assertThat(next.status()).isEqualTo(200);
    assertThat(
            CompletableFuture.supplyAsync(() -> projects.inside(project, state -> true))
                .get(5, TimeUnit.SECONDS))
        .isTrue();
  }
}
