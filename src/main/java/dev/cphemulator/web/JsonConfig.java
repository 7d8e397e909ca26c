package dev.cphemulator.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** Jackson as Boot ships it, made as strict about JSON types as CPH's official SDK is. */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

  /**
   * JSON types are checked as strictly as the official SDK checks its answers (SDK-WIRE 4): a
   * number where CPH has a string, or a string where it has a number, is a bad parameter, not
   * something to coerce; so is a fraction where it has a whole number ({@code "status": 1.5} is not
   * status 1). Duplicate keys and trailing data are refused too. Unknown fields stay ignored, as
   * CPH ignores them.
   */
  @Bean
  JsonMapperBuilderCustomizer strictCphJson() {
    return builder ->
        builder
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
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
}
