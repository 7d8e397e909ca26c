package dev.cphemulator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Reads the {@code {project_id}} of a CPH path ({@code /v1/{project_id}/cloud-phone/...}),
 * validates it and admits the project, before any controller runs; a bad id gets 400 whatever the
 * rest of the path is. Then holds the project's lock for the whole request: the one place a CPH
 * operation takes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ProjectFilter extends OncePerRequestFilter {

  private final Projects projects;
  private final CphErrorWriter errors;
  private final ObjectProvider<ProjectRequestHook> hooks;

  ProjectFilter(
      Projects projects, CphErrorWriter errors, ObjectProvider<ProjectRequestHook> hooks) {
    this.projects = projects;
    this.errors = errors;
    this.hooks = hooks;
  }

  /**
   * A request with a body runs the chain on the dispatch that follows it ({@link BodyLimitFilter}).
   */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] segments = path.split("/", 5); // "", "v1", project, "cloud-phone", rest
    if (segments.length >= 4
        && segment(segments[1]).equals("v1")
        && segment(segments[3]).equals(CphPaths.SERVICE)) {
      Projects.Entry entry;
      try {
        entry = projects.enter(segment(segments[2]));
      } catch (CphException e) {
        errors.write(request, response, e);
        return;
      }
      // the whole request holds the project's lock: a reset waits for it, or it for a reset
      try (entry) {
        catchUp(entry.state());
        request.setAttribute(ProjectId.ATTRIBUTE, entry.project());
        request.setAttribute(ProjectState.ATTRIBUTE, entry.state());
        chain.doFilter(request, response);
      } finally {
        request.removeAttribute(ProjectState.ATTRIBUTE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Enters the project for the rest of a request that reached a controller without passing this
   * filter's test: its lock is taken and its state brought up to the clock; the caller closes the
   * entry when the request ends.
   */
  Projects.Entry enter(String projectId) {
    Projects.Entry entry = projects.enter(projectId);
    try {
      catchUp(entry.state());
      return entry;
    } catch (RuntimeException e) {
      entry.close();
      throw e;
    }
  }

  private void catchUp(ProjectState state) {
    hooks.orderedStream().forEach(hook -> hook.beforeRequest(state));
  }

  /**
   * A raw path segment as Spring MVC matches it: without {@code ;} parameters, percent-decoded
   * ({@code %761} is {@code v1}), so that no spelling of a CPH path slips past this filter.
   */
  private static String segment(String raw) {
    int parameters = raw.indexOf(';');
    String bare = parameters >= 0 ? raw.substring(0, parameters) : raw;
    try {
      return UriUtils.decode(bare, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return bare;
    }
  }
}
