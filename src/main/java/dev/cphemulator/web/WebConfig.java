package dev.cphemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** Spring MVC and Jackson set up for the CPH wire. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  /**
   * JSON types are checked as strictly as the official SDK checks its answers (SDK-WIRE 4): a
   * number where CPH has a string, or a string where it has a number, is a bad parameter, not
   * something to coerce. Duplicate keys and trailing data are refused too. Unknown fields stay
   * ignored, as CPH ignores them.
   */
  @Bean
  JsonMapperBuilderCustomizer strictCphJson() {
    return builder ->
        builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Textual,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** Every answer is JSON, whatever {@code Accept} says: CPH clients send none. */
  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new AttributeResolver(RequestId.class, RequestId.ATTRIBUTE));
    resolvers.add(new AttributeResolver(ProjectId.class, ProjectId.ATTRIBUTE));
  }

  /** Hands a controller the {@link RequestId} or {@link ProjectId} the filters put on the request. */
  private record AttributeResolver(Class<?> type, String attribute)
      implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == type;
    }

    @Override
    public Object resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest,
        WebDataBinderFactory binderFactory) {
      HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
      if (type == RequestId.class) {
        return RequestIdFilter.current(request);
      }
      Object value = request.getAttribute(attribute);
      if (value == null) {
        throw new IllegalStateException("no " + type.getSimpleName() + " on " + request.getRequestURI());
      }
      return value;
    }
  }
}
