package dev.cphemulator.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat answers its own errors with the CPH body too ({@link ContainerErrorValve}). */
@Configuration(proxyBeanMethods = false)
class ContainerConfig {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> cphErrorReportValve() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
              }
            });
  }
}
