package dev.cphemulator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request a fresh {@link RequestId} and sends it back as {@code X-Request-Id}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RequestId id = new RequestId(Ids.newId());
    request.setAttribute(RequestId.ATTRIBUTE, id);
    response.setHeader(RequestId.HEADER, id.value());
    chain.doFilter(request, response);
  }

  /** The id of this request; one is made up if the filter did not run (error dispatches). */
  static RequestId current(HttpServletRequest request) {
    Object id = request.getAttribute(RequestId.ATTRIBUTE);
    if (id instanceof RequestId requestId) {
      return requestId;
    }
    RequestId fresh = new RequestId(Ids.newId());
    request.setAttribute(RequestId.ATTRIBUTE, fresh);
    return fresh;
  }
}
