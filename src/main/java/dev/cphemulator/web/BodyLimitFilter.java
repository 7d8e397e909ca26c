package dev.cphemulator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request body once, whole, refusing one larger than {@code
 * cph.emulator.limits.body-size} with 413, and hands the rest of the chain a replayable copy.
 *
 * <p>Bodies from the official SDK arrive chunked, without {@code Content-Length} (SDK-WIRE 2.2), so
 * the cap is enforced while reading, not only from the header. The copy also lets a later filter
 * hash the exact bytes received (signature checks) before the JSON converter reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {

  private static final String BODY = BodyLimitFilter.class.getName() + ".body";
  private final long cap;
  private final CphErrorWriter errors;

  BodyLimitFilter(WebLimits limits, CphErrorWriter errors) {
    this.cap = limits.bodySize().toBytes();
    this.errors = errors;
  }

  /** The body bytes as received, or an empty array for a request without a body. */
  public static byte[] body(HttpServletRequest request) {
    return request.getAttribute(BODY) instanceof byte[] bytes ? bytes : new byte[0];
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > cap) {
      errors.write(request, response, CphError.BODY_TOO_LARGE.exception(cap));
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), cap);
    if (body == null) {
      errors.write(request, response, CphError.BODY_TOO_LARGE.exception(cap));
      return;
    }
    request.setAttribute(BODY, body);
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** The whole stream, or {@code null} if it holds more than {@code cap} bytes. */
  private static byte[] readAtMost(InputStream in, long cap) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    return bytes.length > cap ? null : bytes;
  }

  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
