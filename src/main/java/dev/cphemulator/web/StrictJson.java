package dev.cphemulator.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
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
 *   <li>A time is ISO-8601 text ({@code "2027-01-01T00:00:00Z"}), as CPH writes it; a number is
 *       refused rather than read as seconds since 1970.
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
        .addModule(
            new SimpleModule("cph-strict-times").addDeserializer(Instant.class, new TimeText()))
        .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false))
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** An {@link Instant} from ISO-8601 text only. */
  private static final class TimeText extends StdDeserializer<Instant> {

    TimeText() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getString();
      try {
        return Instant.parse(text.strip());
      } catch (DateTimeParseException e) {
        return (Instant)
            context.handleWeirdStringValue(
                Instant.class, text, "not a time such as \"2027-01-01T00:00:00Z\"");
      }
    }
  }
}
