package dev.cphemulator.jobs;

import java.util.Collection;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link JobWork} described as data, so that a running job's work can be saved and made again
 * after a restart: a kind, named by the feature that made the work, and its arguments (strings, or
 * lists of strings, in snake_case). The feature makes it again through its {@link WorkKinds}.
 */
public record WorkDescription(String kind, ObjectNode args) {

  /**
   * A description from pairs of argument name and value: a string, a collection of strings, or null
   * (left out).
   */
  public static WorkDescription of(String kind, Object... namesAndValues) {
    ObjectNode args = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Object value = namesAndValues[i + 1];
      if (value instanceof String text) {
        args.put(name, text);
      } else if (value instanceof Collection<?> items) {
        var array = args.putArray(name);
        items.forEach(item -> array.add((String) item));
      } else if (value != null) {
        throw new IllegalArgumentException(name + " must be a string or strings: " + value);
      }
    }
    return new WorkDescription(kind, args);
  }
}
