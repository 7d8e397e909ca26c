package dev.cphemulator.web;

import java.util.Arrays;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.core.StandardHost;
import org.apache.coyote.ProtocolHandler;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers its own errors with the CPH body too ({@link ContainerErrorValve}), and the one
 * request it answers before any valve, {@code OPTIONS *}, with a request id ({@link
 * WholeServerOptionsAdapter}).
 */
@Configuration(proxyBeanMethods = false)
class ContainerConfig {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> cphErrorReportValve(
      CphErrorWriter writer) {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                // the host adds no valve of its own when it finds one of this class already there
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                if (Arrays.stream(host.getPipeline().getValves())
                    .noneMatch(ContainerErrorValve.class::isInstance)) {
                  host.getPipeline().addValve(new ContainerErrorValve(writer));
                }
              }
            });
  }

  /** The connector makes its adapter when it is initialised; it is wrapped right after. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestIdOnWholeServerOptions() {
    return factory ->
        factory.addConnectorCustomizers(
            connector ->
                connector.addLifecycleListener(
                    event -> {
                      ProtocolHandler protocol = connector.getProtocolHandler();
                      if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())
                          && !(protocol.getAdapter() instanceof WholeServerOptionsAdapter)) {
                        protocol.setAdapter(new WholeServerOptionsAdapter(protocol.getAdapter()));
                      }
                    }));
  }
}
