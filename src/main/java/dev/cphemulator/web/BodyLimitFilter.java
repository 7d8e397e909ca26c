package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request body whole before anything else runs, without holding a thread while the
 * client sends it; refuses a body larger than {@code cph.emulator.limits.body-size} with 413, and
 * one that takes longer than {@code cph.emulator.limits.body-timeout} to arrive with 408; hands the
 * rest of the chain a replayable copy.
 *
 * <p>A request with a body is put in asynchronous mode on its first dispatch: a {@link
 * ReadListener} gathers the bytes as they arrive, on whichever container thread has them, and the
 * request is dispatched again ({@link DispatcherType#ASYNC}) once the body is complete. Only that
 * second dispatch runs the rest of the chain, so the emulator's other filters and the handler run
 * once, on the dispatch that has the body. A client that trickles its body holds a connection,
 * never a worker thread. A request without a body goes straight on.
 *
 * <p>Bodies from the official SDK arrive chunked, without {@code Content-Length}, so the cap is
 * enforced while reading, not only from the header. The copy also lets a later filter hash the
 * exact bytes received (signature checks) before the JSON converter reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);
  private static final String BODY = BodyLimitFilter.class.getName() + ".body";

  private final long cap;
  private final long timeoutMillis;
  private final CphErrorWriter errors;

  BodyLimitFilter(WebLimits limits, CphErrorWriter errors) {
    this.cap = limits.bodySize().toBytes();
    this.timeoutMillis = limits.bodyTimeout().toMillis();
    this.errors = errors;
  }

  /** The body bytes as received, or an empty array for a request without a body. */
  public static byte[] body(HttpServletRequest request) {
    return request.getAttribute(BODY) instanceof byte[] bytes ? bytes : new byte[0];
  }

  /** The dispatch that carries a body this filter read is the one the chain runs on. */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ASYNC) {
      chain.doFilter(
          request.getAttribute(BODY) instanceof byte[] body
              ? new CachedBodyRequest(request, body)
              : request,
          response);
      return;
    }
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > cap) {
      errors.write(request, response, CphError.BODY_TOO_LARGE.exception(cap));
      return;
    }
    new BodyReader(request, response).start();
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0
        || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }

  /**
   * Gathers one request's body as the container reads it, then dispatches the request again; or
   * answers 413 or 408 and ends it. Tomcat calls a request's listeners one at a time.
   */
  private final class BodyReader implements ReadListener, AsyncListener {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private AsyncContext async;
    private ServletInputStream in;
    private volatile boolean ended;

    BodyReader(HttpServletRequest request, HttpServletResponse response) {
      this.request = request;
      this.response = response;
    }

    void start() throws IOException {
      async = request.startAsync();
      async.setTimeout(timeoutMillis);
      async.addListener(this);
      in = request.getInputStream();
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!ended && !in.isFinished() && in.isReady()) {
        int read = in.read(buffer);
        if (read < 0) {
          return; // onAllDataRead comes next
        }
        if (body.size() + (long) read > cap) {
          end(CphError.BODY_TOO_LARGE.exception(cap));
          return;
        }
        body.write(buffer, 0, read);
      }
    }

    @Override
    public void onAllDataRead() {
      if (ended) {
        return;
      }
      ended = true;
      request.setAttribute(BODY, body.toByteArray());
      async.dispatch();
    }

    /** The body could not be read: the client went away, or its chunked framing is broken. */
    @Override
    public void onError(Throwable failure) {
      if (ended) {
        return;
      }
      log.debug(
          "The body of {} {} could not be read: {}",
          request.getMethod(),
          request.getRequestURI(),
          failure.toString());
      end(CphError.BAD_REQUEST.exception("the body could not be read."));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      if (!ended) {
        end(CphError.BODY_TIMEOUT.exception(timeoutMillis));
      }
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}

    /** Answers {@code error}, with the connection closed after it, and ends the request. */
    private void end(CphException error) {
      ended = true;
      try {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        errors.write(request, response, error);
        response.flushBuffer(); // before the container closes the connection
      } catch (IOException | RuntimeException e) {
        log.debug("No answer to {} {}: {}", request.getMethod(), request.getRequestURI(), e);
      } finally {
        async.complete();
      }
    }
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
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
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
