package org.clearsite.cli.attribution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A JSON object as the engine reads it: field name to text, lists joined with spaces. */
final class JsonFields {

  private JsonFields() {}

  /**
   * @param skip fields that are not evidence (labels, bookkeeping)
   */
  static Map<String, String> of(JsonNode object, Set<String> skip) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String text = skip.contains(property.getKey()) ? null : text(property.getValue());
      if (text != null) {
        fields.put(property.getKey(), text);
      }
    }
    return fields;
  }

  /**
   * Scalars as text; lists (open ports, WS-Discovery scopes) as their items separated by spaces.
   */
  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode item : value) {
      String part = text(item);
      if (part != null) {
        text.append(text.isEmpty() ? "" : " ").append(part);
      }
    }
    return text.toString();
  }
}
