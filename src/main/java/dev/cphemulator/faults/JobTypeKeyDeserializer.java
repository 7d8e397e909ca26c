package dev.cphemulator.faults;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a rule's {@code job_type} given either as CPH's number ({@code 32}) or as a name ({@code
 * "install"}); the emulator's JSON is otherwise strict about numbers in text fields.
 */
final class JobTypeKeyDeserializer extends ValueDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    return (String) context.handleUnexpectedToken(String.class, parser);
  }
}
