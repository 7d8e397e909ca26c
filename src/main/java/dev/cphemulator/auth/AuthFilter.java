package dev.cphemulator.auth;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.web.CphErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose credentials {@link Authenticator} does not accept, before any project is
 * admitted or any state is touched. Runs after {@code BodyLimitFilter} (the signature covers the
 * body bytes it kept) and before {@code ProjectFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AuthFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AuthFilter.class);

  private final Authenticator authenticator;
  private final CphErrorWriter errors;

  AuthFilter(AuthProperties settings, CphErrorWriter errors) {
    this.authenticator = new Authenticator(settings);
    this.errors = errors;
    log.info(
        "Authentication: mode {}, {} access keys, {} tokens, operator API {}",
        settings.mode().name().toLowerCase(Locale.ROOT),
        settings.credentials().size(),
        settings.tokens().size(),
        settings.mode() != AuthMode.OFF && settings.operatorToken() != null
            ? "protected by " + Authenticator.OPERATOR_HEADER
            : "open");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return authenticator.mode() == AuthMode.OFF;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<CphException> refusal = authenticator.check(request);
    if (refusal.isPresent()) {
      CphException error = refusal.get();
      log.info(
          "Refused {} {}: {} {}",
          request.getMethod(),
          request.getRequestURI(),
          error.error().code(),
          error.getMessage());
      errors.write(request, response, error);
      return;
    }
    chain.doFilter(request, response);
  }
}
