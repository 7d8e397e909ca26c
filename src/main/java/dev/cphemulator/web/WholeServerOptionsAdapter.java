package dev.cphemulator.web;

import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.RequestId;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Tomcat's connector adapter, giving {@code OPTIONS *} a request id: Tomcat answers that request
 * itself, while parsing it, before any valve or filter could add {@code X-Request-Id}. Every other
 * request passes through untouched.
 */
final class WholeServerOptionsAdapter implements Adapter {

  private final Adapter adapter;

  WholeServerOptionsAdapter(Adapter adapter) {
    this.adapter = adapter;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (request.requestURI().equals("*") && "OPTIONS".equals(request.getMethod())) {
      response.setHeader(RequestId.HEADER, Ids.newId());
    }
    adapter.service(request, response);
  }

  @Override
  public boolean prepare(Request request, Response response) throws Exception {
    return adapter.prepare(request, response);
  }

  @Override
  public boolean asyncDispatch(Request request, Response response, SocketEvent status)
      throws Exception {
    return adapter.asyncDispatch(request, response, status);
  }

  @Override
  public void log(Request request, Response response, long time) {
    adapter.log(request, response, time);
  }

  @Override
  public void checkRecycled(Request request, Response response) {
    adapter.checkRecycled(request, response);
  }

  @Override
  public String getDomain() {
    return adapter.getDomain();
  }
}
