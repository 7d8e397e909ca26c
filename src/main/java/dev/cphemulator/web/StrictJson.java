package dev.cphemulator.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.type.LogicalType;

/**
 * How strictly the emulator reads every document a client gives it: CPH request bodies, operator
 * bodies, fleet files and fleet sections, JSON or YAML. One setting for all of them, so that a
 * value a fleet file refuses is refused in a {@code PUT} of the same fleet, and the other way
 * round.
 *
 * <ul>
 *   <li>JSON types are checked as strictly as CPH's official SDK checks its answers: a number,
 *       boolean or fraction where a string belongs, or a string or fraction where a whole number
 *       belongs ({@code "status": 1.5} is not status 1, {@code " "} is not 0), is refused, never
 *       coerced. In YAML this means quoting a string that YAML would read as a number or a boolean
 *       ({@code version_code: "100"}).
 *   <li>Unknown fields are refused, naming the field: a misspelled key ({@code job_typ}) would
 *       otherwise be dropped in silence and the request would do something other than asked. CPH
 *       itself may ignore unknown fields; every field CPH's official SDK sends is known.
 *   <li>A key given twice, and data after the document, are refused.
 * </ul>
 */
public final class StrictJson {

  private StrictJson() {}

  /** Makes {@code builder} read strictly; answers it, for chaining. */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false))
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
