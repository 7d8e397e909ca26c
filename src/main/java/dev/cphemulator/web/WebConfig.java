package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC set up for the CPH wire: JSON answers, request and project ids as parameters, no body
 * of a wildcard media type.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  /** Every answer is JSON, whatever {@code Accept} says: CPH clients send none. */
  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
  }

  private final ProjectFilter projectFilter;

  WebConfig(ProjectFilter projectFilter) {
    this.projectFilter = projectFilter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ConcreteBodyType());
    registry.addInterceptor(new LateEntryCloser());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new RequestIdResolver());
    resolvers.add(new ProjectResolver(projectFilter));
  }

  /**
   * Refuses, with 415, a body whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code
   * application/*}) on an operation that reads a body. A wildcard describes no body; Spring's own
   * check fails on it with an {@link IllegalArgumentException} instead of a 415
   * (spring-projects/spring-framework#27957). Operations that declare {@code consumes} never get
   * here with one: their mapping already answers 415.
   */
  private static final class ConcreteBodyType implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String sent = request.getContentType();
      if (sent == null || sent.isBlank() || !(handler instanceof HandlerMethod method)) {
        return true;
      }
      MediaType type;
      try {
        type = MediaType.parseMediaType(sent);
      } catch (InvalidMediaTypeException e) {
        return true; // Spring answers this one with 415 itself
      }
      if (!type.isConcrete() && readsBody(method)) {
        throw CphError.UNSUPPORTED_MEDIA_TYPE.exception(sent);
      }
      return true;
    }

    private static boolean readsBody(HandlerMethod method) {
      for (MethodParameter parameter : method.getMethodParameters()) {
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Hands a controller the {@link RequestId} of the request. */
  private record RequestIdResolver() implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == RequestId.class;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest,
        WebDataBinderFactory binderFactory) {
      return RequestIdFilter.current(webRequest.getNativeRequest(HttpServletRequest.class));
    }
  }

  /**
   * Hands a controller its request's project, as the {@link ProjectState} that {@link
   * ProjectFilter} locked or as its {@link ProjectId}; should a path have slipped past the filter's
   * test, the project is entered here (and left when the request completes), never left missing.
   */
  private record ProjectResolver(ProjectFilter filter) implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      Class<?> type = parameter.getParameterType();
      return type == ProjectState.class || type == ProjectId.class;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest,
        WebDataBinderFactory binderFactory) {
      ProjectState state = stateOf(filter, webRequest.getNativeRequest(HttpServletRequest.class));
      return parameter.getParameterType() == ProjectId.class ? state.project() : state;
    }
  }

  private static ProjectState stateOf(ProjectFilter filter, HttpServletRequest request) {
    if (request.getAttribute(CphPaths.STATE_ATTRIBUTE) instanceof ProjectState state) {
      return state;
    }
    Projects.Entry entry = filter.enter(request, CphPaths.projectId(projectSegment(request)));
    request.setAttribute(CphPaths.PROJECT_ATTRIBUTE, entry.project());
    request.setAttribute(CphPaths.STATE_ATTRIBUTE, entry.state());
    return entry.state();
  }

  /**
   * The {@code {project_id}} segment of the request's path as the client sent it: where the matched
   * pattern has it; {@code null} when it has none.
   */
  private static String projectSegment(HttpServletRequest request) {
    if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
        instanceof String pattern)) {
      return null;
    }
    List<String> names = List.of(pattern.split("/", -1));
    int index = names.indexOf("{project_id}");
    String[] segments = CphPaths.segments(request, -1);
    return index >= 0 && index < segments.length ? segments[index] : null;
  }

  /**
   * Leaves the request's project once the handler and its answer are done, on the same thread, if
   * the answer did not already leave it ({@link LeaveBeforeWriting}): the one place a project
   * entered by a resolver is left when no body was written. The state is no longer handed out.
   */
  private static final class LateEntryCloser implements HandlerInterceptor {

    @Override
    public void afterCompletion(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      ProjectFilter.leave(request);
      request.removeAttribute(CphPaths.STATE_ATTRIBUTE);
    }
  }
}
