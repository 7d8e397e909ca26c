package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A request body is read whole before the request is handled, however it arrives: in pieces, or
 * chunked. It has {@code cph.emulator.limits.body-timeout} to arrive; past it the client gets 408
 * with CPH's error body and the connection is closed.
 */
@TestPropertySource(properties = "cph.emulator.limits.body-timeout=1s")
class BodyReadingTests extends EmulatorTest {

  private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopTrickling() {
    trickle.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Content-Length: 1000", "Transfer-Encoding: chunked"})
  void aBodyThatTricklesPastTheDeadlineIsAnswered408AndTheConnectionClosed(String framing)
      throws Exception {
    try (Socket socket = RawHttp.connect(port, 30_000)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/"
                  + project
                  + "/cloud-phone/phones/batch-stop HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\n"
                  + framing
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] piece =
          (framing.startsWith("Transfer") ? "1\r\n \r\n" : " ").getBytes(StandardCharsets.US_ASCII);
      trickle.scheduleWithFixedDelay(
          () -> {
            try {
              out.write(piece);
              out.flush();
            } catch (IOException e) {
              throw new IllegalStateException(e); // the server closed it: stop
            }
          },
          200,
          200,
          TimeUnit.MILLISECONDS);

      // the whole answer, up to the server closing the connection
      RawHttp.Answer answer = RawHttp.parse(socket.getInputStream().readAllBytes());

      assertThat(answer.status()).as(answer.toString()).isEqualTo(408);
      JsonPath body = new JsonPath(answer.body());
      assertThat(body.getMap("").keySet())
          .containsExactlyInAnyOrder("request_id", "error_code", "error_msg");
      assertThat(body.getString("error_code")).isEqualTo("CPS.9011");
      assertThat(body.getString("error_msg"))
          .isEqualTo("Request body was not received within 1000 ms.");
      assertThat(body.getString("request_id")).matches("[0-9a-f]{32}");
      assertThat(answer.header("x-request-id")).isEqualTo(body.getString("request_id"));
      assertThat(answer.header("connection")).isEqualTo("close");
    }
    assertThat(allJobs()).isEmpty();
  }

  @Test
  void aChunkedBodyWhoseFramingIsBrokenIsABadRequest() throws Exception {
    RawHttp.Answer answer =
        RawHttp.exchange(
            port,
            "POST /v1/"
                + project
                + "/cloud-phone/phones/batch-stop HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n",
            30_000);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    JsonPath body = new JsonPath(answer.body());
    assertThat(body.getString("error_code")).isEqualTo("CPS.9010");
    assertThat(answer.header("x-request-id")).isEqualTo(body.getString("request_id"));
    assertThat(allJobs()).isEmpty();
  }

  @Test
  void aBodyThatArrivesInPiecesBeforeTheDeadlineIsReadWhole() throws Exception {
    String phone = "1043d57a654e37bcbecee0aebe1dc53c";
    byte[] body = ("{\"phone_ids\":[\"" + phone + "\"]}").getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = RawHttp.connect(port, 30_000)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/"
                  + project
                  + "/cloud-phone/phones/batch-stop HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int at = 0; at < body.length; at += 10) {
        out.write(body, at, Math.min(10, body.length - at));
        out.flush();
        Thread.sleep(50);
      }

      RawHttp.Answer answer = RawHttp.parse(socket.getInputStream().readAllBytes());

      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(new JsonPath(answer.body()).getString("request_id"))
          .isEqualTo(answer.header("x-request-id"));
    }
    assertThat(allJobs()).hasSize(1);
  }
}
