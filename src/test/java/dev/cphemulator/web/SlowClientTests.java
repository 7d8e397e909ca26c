package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send the headers of a request and then its body a byte now and then hold no thread
 * the emulator needs for others: while more of them are connected than Tomcat has worker threads,
 * other clients are still answered. The body deadline is long here, so that every trickler holds
 * its connection for the whole test.
 */
@TestPropertySource(properties = "cph.emulator.limits.body-timeout=120s")
class SlowClientTests extends EmulatorTest {

  /** More than Tomcat's 200 worker threads. */
  private static final int TRICKLERS = 250;

  private static final int WANTED_ANSWERS = 5;

  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void closeEverySocket() {
    trickle.shutdownNow();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  @Test
  void clientsThatTrickleTheirBodiesDoNotStarveTheOthers() throws Exception {
    for (int i = 0; i < TRICKLERS; i++) {
      Socket socket = RawHttp.connect(port, 10_000);
      sockets.add(socket);
      socket
          .getOutputStream()
          .write(
              ("POST /v1/"
                      + project
                      + "/cloud-phone/phones/batch-stop HTTP/1.1\r\n"
                      + "Host: localhost\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 100000\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
    }
    trickle.scheduleWithFixedDelay(this::oneMoreByteEach, 1, 1, TimeUnit.SECONDS);

    int answered = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (answered < WANTED_ANSWERS && System.nanoTime() < deadline) {
      int left = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      try {
        RawHttp.Answer answer =
            RawHttp.exchange(
                port,
                "GET /v1/"
                    + project
                    + "/cloud-phone/servers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                left);
        assertThat(answer.status()).isEqualTo(200);
        answered++;
      } catch (IOException e) {
        break; // no answer before the deadline
      }
    }

    assertThat(answered)
        .as("answers to another client while %d clients trickle their bodies", TRICKLERS)
        .isEqualTo(WANTED_ANSWERS);
  }

  private void oneMoreByteEach() {
    for (Socket socket : sockets) {
      try {
        socket.getOutputStream().write(' ');
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // the server closed it: nothing more to trickle
      }
    }
  }
}
