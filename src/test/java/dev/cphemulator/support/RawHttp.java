package dev.cphemulator.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for tests that must control exactly what goes on the wire and when:
 * what is sent is exactly what is written (no client re-encodes a path or a query, adds a charset,
 * drops a duplicate header or refuses a method), a body sent a byte at a time, a client that
 * vanishes, a request line no client library writes.
 */
public final class RawHttp {

  private final int port;

  /** A client of the emulator on {@code port}: one connection per request. */
  public RawHttp(int port) {
    this.port = port;
  }

  /** An HTTP answer as read from the socket; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }

  /** A bodiless request. */
  public Answer send(String method, String target) {
    return send(method, target, Map.of(), null);
  }

  /**
   * Sends one request and reads the whole answer. {@code Content-Length} is added for a body unless
   * a {@code Transfer-Encoding} is given.
   */
  public Answer send(String method, String target, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder()
            .append(method)
            .append(' ')
            .append(target)
            .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null && !headers.containsKey("Transfer-Encoding")) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = connect(port, 30_000)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  /** A socket to the emulator on {@code port}, reads giving up after {@code timeoutMillis}. */
  public static Socket connect(int port, int timeoutMillis) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    return socket;
  }

  /**
   * Sends {@code request} (written as given) on a connection of its own, which it asks the server
   * to close, and reads the whole answer.
   */
  public static Answer exchange(int port, String request, int timeoutMillis) throws IOException {
    try (Socket socket = connect(port, timeoutMillis)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  /** The answer in {@code raw}: status line, headers, body (de-chunked). */
  public static Answer parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("not an HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(new ByteArrayInputStream(body));
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      if (size.toString().isBlank()) {
        return out.toByteArray();
      }
      int length = Integer.parseInt(size.toString().strip(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.readNBytes(2);
    }
  }
}
