package dev.cphemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of a JSON object: its keys and the JSON type of each value, never the values. This is
 * what the official SDK is strict about : a string where its model has an Integer, or a number
 * where it has a String, fails the whole call.
 *
 * <p>Types are written {@code string}, {@code integer}, {@code boolean}, {@code array}, {@code
 * object}, {@code null}, and two kinds of string CPH fixes the form of: {@code time} (UTC {@code
 * YYYY-MM-DDTHH:MM:SSZ}) and {@code id} (32 lower-case hex characters). A {@code ?} after a type
 * allows {@code null} too.
 */
public final class JsonShape {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
  private static final String ID = "[0-9a-f]{32}";

  private JsonShape() {}

  /** Parses a JSON text. */
  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** The JSON type of each key of {@code object} ({@code string} for every kind of string). */
  public static Map<String, String> of(JsonNode object) {
    assertThat(object.isObject()).as("a JSON object: %s", object).isTrue();
    Map<String, String> shape = new TreeMap<>();
    object.properties().forEach(entry -> shape.put(entry.getKey(), typeOf(entry.getValue())));
    return shape;
  }

  /** The JSON type of one value. */
  public static String typeOf(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NULL -> "null";
      default -> value.getNodeType().name().toLowerCase();
    };
  }

  /**
   * Asserts that {@code object} has exactly these keys, each with its type: pairs of key and type,
   * e.g. {@code "request_id", "id", "count", "integer", "end_time", "time?"}.
   */
  public static void assertShape(JsonNode object, String... keysAndTypes) {
    assertThat(keysAndTypes.length % 2).as("pairs of key and type").isZero();
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTypes.length; i += 2) {
      expected.put(keysAndTypes[i], keysAndTypes[i + 1]);
    }
    assertThat(of(object).keySet())
        .as("keys of %s", object)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((key, type) -> assertType(object.get(key), type, key, object));
  }

  private static void assertType(JsonNode value, String expected, String key, JsonNode in) {
    boolean nullable = expected.endsWith("?");
    String type = nullable ? expected.substring(0, expected.length() - 1) : expected;
    if (nullable && value.isNull()) {
      return;
    }
    String description = "\"" + key + "\" in " + in;
    switch (type) {
      case "time" -> {
        assertThat(typeOf(value)).as(description).isEqualTo("string");
        assertThat(value.asString()).as(description).matches(TIME);
      }
      case "id" -> {
        assertThat(typeOf(value)).as(description).isEqualTo("string");
        assertThat(value.asString()).as(description).matches(ID);
      }
      default -> assertThat(typeOf(value)).as(description).isEqualTo(type);
    }
  }
}
