package dev.cphemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC set up for the CPH wire: JSON answers, request and project ids as parameters. */
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
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new RequestIdResolver());
    resolvers.add(new ProjectIdResolver(projectFilter));
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
   * Hands a controller the {@link ProjectId} that {@link ProjectFilter} admitted; should a path
   * have reached the controller without passing the filter's test, the project is admitted here
   * from the path variable, never left missing.
   */
  private record ProjectIdResolver(ProjectFilter filter) implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == ProjectId.class;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest,
        WebDataBinderFactory binderFactory) {
      HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
      if (request.getAttribute(ProjectId.ATTRIBUTE) instanceof ProjectId project) {
        return project;
      }
      Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
      String projectId =
          variables instanceof Map<?, ?> map && map.get("project_id") instanceof String id
              ? id
              : null;
      ProjectId project = filter.enter(projectId);
      request.setAttribute(ProjectId.ATTRIBUTE, project);
      return project;
    }
  }
}
