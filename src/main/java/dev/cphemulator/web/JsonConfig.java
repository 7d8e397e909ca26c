package dev.cphemulator.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jackson as Boot ships it, made to read request bodies strictly ({@link StrictJson}). */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

  /**
   * Request bodies, CPH's and the operator's, are read as strictly as fleet files: no coercion of
   * JSON types, no unknown fields, no duplicate keys, nothing after the document.
   */
  @Bean
  JsonMapperBuilderCustomizer strictCphJson() {
    return StrictJson::configure;
  }
}
