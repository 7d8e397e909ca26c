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
 * rest of the path is. Then takes the project's lock, the one place a CPH operation takes it, and
 * holds it while the handler reads and changes the project.
 *
 * <p>The lock is released once the answer is made, before it is written ({@link
 * LeaveBeforeWriting}): the answer is a snapshot of the state taken under the lock, so writing it
 * (a deploy's answer is a megabyte of JSON) and a client slow to read it hold nothing other
 * requests of the project wait for. A request that ends without a body to write (an exception no
 * handler answered, a client gone) leaves the project here, at the end of the request. Leaving is
 * idempotent and happens on the thread that entered: for a request with a body that is the dispatch
 * after the body was read ({@link BodyLimitFilter}), which runs this filter and the handler.
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
      // the lock is held until the answer is made: a reset waits for it, or it for a reset
      try (entry) {
        request.setAttribute(CphPaths.ENTRY_ATTRIBUTE, entry);
        catchUp(entry.state());
        request.setAttribute(CphPaths.PROJECT_ATTRIBUTE, entry.project());
        request.setAttribute(CphPaths.STATE_ATTRIBUTE, entry.state());
        chain.doFilter(request, response);
      } finally {
        request.removeAttribute(CphPaths.STATE_ATTRIBUTE);
        request.removeAttribute(CphPaths.ENTRY_ATTRIBUTE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Enters the project for the rest of a request that reached a controller without passing this
   * filter's test: its lock is taken and its state brought up to the clock. The request leaves it
   * as any other does ({@link #leave}), at the latest when it completes.
   */
  Projects.Entry enter(HttpServletRequest request, ProjectId project) {
    Projects.Entry entry = projects.enter(project);
    try {
      catchUp(entry.state());
    } catch (RuntimeException e) {
      entry.close();
      throw e;
    }
    request.setAttribute(CphPaths.ENTRY_ATTRIBUTE, entry);
    return entry;
  }

  /**
   * Releases the project's lock the request holds, if it holds one; later calls do nothing. Called
   * on the thread that entered: once the answer is made, and again when the request ends.
   */
  static void leave(HttpServletRequest request) {
    if (request.getAttribute(CphPaths.ENTRY_ATTRIBUTE) instanceof Projects.Entry entry) {
      entry.close();
    }
  }

  private void catchUp(ProjectState state) {
    hooks.orderedStream().forEach(hook -> hook.beforeRequest(state));
  }
}
