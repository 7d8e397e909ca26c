package dev.cphemulator.web;

import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.RequestId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a {@link RequestId} and sends it back as {@code X-Request-Id}.
 *
 * <p>Runs after {@link BodyLimitFilter}, on the dispatch that runs the handler: the first one for a
 * request without a body, the asynchronous one that follows the body for a request with one. An
 * answer {@link BodyLimitFilter} gives before that (413, 408) gets its id from {@link
 * CphErrorWriter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RequestIdFilter extends OncePerRequestFilter {

  private static final String ATTRIBUTE = RequestId.class.getName();

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(RequestId.HEADER, current(request).value());
    chain.doFilter(request, response);
  }

  /** The id of this request; one is made up if the filter did not run (error dispatches). */
  static RequestId current(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id instanceof RequestId requestId) {
      return requestId;
    }
    RequestId fresh = new RequestId(Ids.newId());
    request.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }
}
