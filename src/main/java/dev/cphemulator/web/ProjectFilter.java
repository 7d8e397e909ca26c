package dev.cphemulator.web;

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
 * rest of the path is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ProjectFilter extends OncePerRequestFilter {

  private final Projects projects;
  private final CphErrorWriter errors;
  private final ObjectProvider<ProjectRequestHook> hooks;

  ProjectFilter(Projects projects, CphErrorWriter errors, ObjectProvider<ProjectRequestHook> hooks) {
    this.projects = projects;
    this.errors = errors;
    this.hooks = hooks;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/v1/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] segments = path.split("/", 4); // "", "v1", project, rest
    if (segments.length >= 4 && isService(segments[3])) {
      ProjectId project;
      try {
        project = projects.admit(segments[2]);
      } catch (CphException e) {
        errors.write(request, response, e);
        return;
      }
      request.setAttribute(ProjectId.ATTRIBUTE, project);
      hooks.orderedStream().forEach(hook -> hook.beforeRequest(project));
    }
    chain.doFilter(request, response);
  }

  private static boolean isService(String rest) {
    return rest.equals(CphPaths.SERVICE) || rest.startsWith(CphPaths.SERVICE + "/");
  }
}
