package dev.cphemulator.web;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.RequestId;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.core.JacksonException;

/**
 * Tomcat's last word on an error, in CPH's body instead of Tomcat's HTML page. It answers what
 * never reaches Spring, such as a request line Tomcat cannot parse (raw non-ASCII bytes, a bad
 * percent-encoding); everything else is answered by {@link CphErrorAdvice} and {@link
 * CphErrorController} before it gets here. It is made by {@link ContainerConfig}, which hands it
 * the one {@link CphErrorWriter}.
 */
public class ContainerErrorValve extends ErrorReportValve {

  private final CphErrorWriter writer;

  ContainerErrorValve(CphErrorWriter writer) {
    this.writer = writer;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
      return;
    }
    CphException error =
        CphErrors.forStatus(
            status, "?", "?", "the request could not be read (status " + status + ")");
    String requestId = Ids.newId();
    try {
      String body = writer.json(requestId, error);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader(RequestId.HEADER, requestId);
      Writer reporter = response.getReporter();
      if (reporter != null) {
        reporter.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException | JacksonException e) {
      // the connection is gone or the response already started: nothing more to say
    }
  }
}
