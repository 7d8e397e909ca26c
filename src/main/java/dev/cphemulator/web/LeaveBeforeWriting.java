package dev.cphemulator.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Releases the request's project once its answer is made and before it is written: Spring MVC calls
 * this on the handler's thread, after the handler (or an exception handler) returned its body and
 * before a converter writes it. Every answer of a CPH operation is a snapshot taken under the lock
 * (records of values, lists of its own), so it is written while other requests of the project go
 * on, however large it is and however slowly the client reads it.
 *
 * <p>A handler interceptor's {@code postHandle} would come too late: a body has been written by
 * then. Ordered last, so that no other advice sees the body after the lock is gone.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class LeaveBeforeWriting implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest servlet) {
      ProjectFilter.leave(servlet.getServletRequest());
    }
    return body;
  }
}
