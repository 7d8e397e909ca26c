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

/**
 * Outermost of the emulator's filters, on every dispatch: a fatal error ({@link FatalErrors}) that
 * escapes the chain, from a filter or from Spring, halts the emulator instead of reaching the
 * container.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FatalErrorFilter extends OncePerRequestFilter {

  private final FatalErrors fatal;

  FatalErrorFilter(FatalErrors fatal) {
    this.fatal = fatal;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException | Error e) {
      fatal.haltIfFatal(e, request.getMethod() + " " + request.getRequestURI());
      throw e;
    }
  }
}
