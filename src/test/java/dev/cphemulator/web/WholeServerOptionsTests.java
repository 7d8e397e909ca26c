package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * {@code OPTIONS *}, the one request Tomcat answers itself before any valve or filter, still
 * carries a request id like every other answer.
 */
class WholeServerOptionsTests extends EmulatorTest {

  @Test
  void optionsForTheWholeServerCarriesARequestId() throws Exception {
    RawHttp.Answer answer =
        RawHttp.exchange(
            port, "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 30_000);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("x-request-id")).as(answer.toString()).matches("[0-9a-f]{32}");
  }

  @Test
  void eachOptionsForTheWholeServerHasAnIdOfItsOwn() throws Exception {
    String request = "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

    String first = RawHttp.exchange(port, request, 30_000).header("x-request-id");
    String second = RawHttp.exchange(port, request, 30_000).header("x-request-id");

    assertThat(first).isNotNull().isNotEqualTo(second);
  }
}
