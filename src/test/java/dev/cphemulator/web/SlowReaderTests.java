package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.kernel.Ids;
import dev.cphemulator.support.Projects;
import dev.cphemulator.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that sends a big deploy and then does not read its answer holds no project: the answer
 * (megabytes of JSON, more than the socket buffers hold) is written after the project's lock is
 * released, so another request of the same project is answered meanwhile.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cph.emulator.fleet=src/test/resources/fleets/wide.yaml",
      "cph.emulator.clock.mode=manual"
    })
class SlowReaderTests {

  /** 100 servers of 200 phones, two versions: 40,300 jobs, about 7 MB of answer. */
  private static final int SERVERS = 100;

  /** A generous bound for the other request: it waits for no answer's writing. */
  private static final int OTHER_REQUEST_MILLIS = 5_000;

  @LocalServerPort int port;

  @Test
  void aClientThatDoesNotReadItsBigDeployAnswerDoesNotHoldTheProject() throws Exception {
    String project = Projects.fresh();
    String body =
        "{\"batch_deploy_app_version\":{\"app_version_ids\":[\"wide-v1\",\"wide-v2\"],\"server_ids\":"
            + IntStream.rangeClosed(1, SERVERS)
                .mapToObj(i -> "\"" + Ids.stable("server", "wide", "" + i) + "\"")
                .collect(Collectors.joining(",", "[", "]"))
            + "}}";
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    try (Socket slow = new Socket()) {
      slow.setReceiveBufferSize(4096); // before connecting: the window stays small
      slow.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
      slow.setSoTimeout(30_000);
      slow.getOutputStream()
          .write(
              ("POST /v1/"
                      + project
                      + "/cloud-phone/servers/action HTTP/1.1\r\nHost: localhost\r\n"
                      + "Content-Type: application/json\r\nContent-Length: "
                      + content.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().write(content);
      slow.getOutputStream().flush();
      // the answer has begun: the deploy is done and its writing under way; read no further
      String head = headOf(slow.getInputStream());
      assertThat(head).startsWith("HTTP/1.1 200");
      String requestId = header(head, "X-Request-Id");

      long start = System.nanoTime();
      RawHttp.Answer other =
          RawHttp.exchange(
              port,
              "GET /v1/"
                  + project
                  + "/cloud-phone/jobs?request_id="
                  + requestId
                  + "&limit=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
              OTHER_REQUEST_MILLIS);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(other.status()).as("%s", other).isEqualTo(200);
      assertThat(other.body()).contains("\"job_id\"");
      assertThat(millis).isLessThan(OTHER_REQUEST_MILLIS);
    }
  }

  /** The status line and headers of the answer, read byte by byte. */
  private static String headOf(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the answer ended within its headers: " + head);
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    throw new AssertionError("no " + name + " in " + head);
  }
}
