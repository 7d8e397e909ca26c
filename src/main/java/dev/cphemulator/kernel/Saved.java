package dev.cphemulator.kernel;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One node of a saved state being read back, with its path in the document, so that every refusal
 * names where it is ({@link InvalidFieldException}). Also makes the nodes a saved state is written
 * with. Reads are strict: a field of the wrong type or a required field that is missing is refused,
 * never coerced.
 */
public final class Saved {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode node;
  private final String path;

  private Saved(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The root of a document, which must be a JSON object. */
  public static Saved root(JsonNode node, String path) {
    Saved root = new Saved(node, path);
    root.requireObject();
    return root;
  }

  /** A new, empty object to save into. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new, empty array to save into. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Writes a time (null stays absent). */
  public static void put(ObjectNode into, String field, Instant time) {
    if (time != null) {
      into.put(field, time.toString());
    }
  }

  /** Writes strings as an array. */
  public static ArrayNode strings(ObjectNode into, String field, Iterable<String> values) {
    ArrayNode array = into.putArray(field);
    values.forEach(array::add);
    return array;
  }

  public JsonNode node() {
    return node;
  }

  public String path() {
    return path;
  }

  /** A refusal naming this node. */
  public InvalidFieldException fail(String problem) {
    return new InvalidFieldException(path, problem);
  }

  /** A refusal naming one field of this node. */
  public InvalidFieldException fail(String field, String problem) {
    return new InvalidFieldException(path + "." + field, problem);
  }

  /** A required field, any type. */
  public Saved field(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw fail(name, "it is missing");
    }
    return new Saved(value, path + "." + name);
  }

  /** A required field that is an object. */
  public Saved object(String name) {
    Saved value = field(name);
    value.requireObject();
    return value;
  }

  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** A required string. */
  public String text(String name) {
    Saved value = field(name);
    if (!value.node.isString()) {
      throw value.fail("it must be a string");
    }
    return value.node.stringValue();
  }

  /** An optional string: null when absent. */
  public String optText(String name) {
    return has(name) ? text(name) : null;
  }

  /** A required whole number. */
  public long number(String name) {
    Saved value = field(name);
    if (!value.node.isIntegralNumber() || !value.node.canConvertToLong()) {
      throw value.fail("it must be a whole number");
    }
    return value.node.longValue();
  }

  /** A required whole number that fits an int and is not negative. */
  public int count(String name) {
    long value = number(name);
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw fail(name, "it must be a count, from 0 to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** An optional whole number: null when absent. */
  public Long optNumber(String name) {
    return has(name) ? number(name) : null;
  }

  /** A required time, written as ISO-8601 ({@code 2026-01-05T10:00:00Z}). */
  public Instant instant(String name) {
    String text = text(name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(name, "'" + text + "' is not a time such as 2026-01-05T10:00:00Z");
    }
  }

  /** An optional time: null when absent. */
  public Instant optInstant(String name) {
    return has(name) ? instant(name) : null;
  }

  /** A required array, element by element. */
  public List<Saved> list(String name) {
    Saved value = field(name);
    if (!value.node.isArray()) {
      throw value.fail("it must be an array");
    }
    List<Saved> out = new ArrayList<>(value.node.size());
    for (int i = 0; i < value.node.size(); i++) {
      out.add(new Saved(value.node.get(i), value.path + "[" + i + "]"));
    }
    return out;
  }

  /** A required array of strings. */
  public List<String> texts(String name) {
    return field(name).texts();
  }

  /** This node as an array of strings. */
  public List<String> texts() {
    if (!node.isArray()) {
      throw fail("it must be an array");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Saved item = new Saved(node.get(i), path + "[" + i + "]");
      if (!item.node.isString()) {
        throw item.fail("it must be a string");
      }
      out.add(item.node.stringValue());
    }
    return out;
  }

  /** A required object, field by field, in document order. */
  public Map<String, Saved> entries(String name) {
    return object(name).entries();
  }

  /** This node as an object, field by field, in document order. */
  public Map<String, Saved> entries() {
    requireObject();
    Map<String, Saved> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      out.put(entry.getKey(), new Saved(entry.getValue(), path + "." + entry.getKey()));
    }
    return out;
  }

  /** This node as a string. */
  public String asText() {
    if (!node.isString()) {
      throw fail("it must be a string");
    }
    return node.stringValue();
  }

  private void requireObject() {
    if (node == null || !node.isObject()) {
      throw fail("it must be a JSON object");
    }
  }
}
