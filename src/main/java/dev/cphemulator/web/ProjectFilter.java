package dev.cphemulator.web;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectRequestHook;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

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
    String[] segments = CphPaths.segments(request, 5); // "", "v1", project, "cloud-phone", rest
    if (segments.length >= 4
        && CphPaths.segment(segments[1]).equals("v1")
        && CphPaths.segment(segments[3]).equals(CphPaths.SERVICE)) {
      Projects.Entry entry;
      try {
        entry = projects.enter(CphPaths.projectId(segments[CphPaths.PROJECT_SEGMENT]));
      } catch (CphException e) {
        errors.write(request, response, e);
        return;
      }
      // the whole request holds the project's lock: a reset waits for it, or it for a reset
      try (entry) {
        catchUp(entry.state());
        request.setAttribute(CphPaths.PROJECT_ATTRIBUTE, entry.project());
        request.setAttribute(CphPaths.STATE_ATTRIBUTE, entry.state());
        chain.doFilter(request, response);
      } finally {
        request.removeAttribute(CphPaths.STATE_ATTRIBUTE);
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
  Projects.Entry enter(ProjectId project) {
    Projects.Entry entry = projects.enter(project);
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
}
