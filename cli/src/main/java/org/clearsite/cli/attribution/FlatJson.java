package org.clearsite.cli.attribution;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the usual record, one JSON object whose every member is text under its own name, straight
 * into fields, without building a tree first. Anything else (numbers, lists, nulls, a name given
 * twice, bad JSON) is left to {@link JsonFields}, which says the same of it as it always did.
 */
final class FlatJson {

  private FlatJson() {}

  /** The object's members in order, or null when the line is not such a plain object. */
  static Map<String, String> fields(JsonMapper json, String line) {
    try (JsonParser p = json.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        if (p.nextToken() != JsonToken.VALUE_STRING || fields.containsKey(name)) {
          return null;
        }
        fields.put(name, p.getString());
      }
      if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
        return null;
      }
      return fields;
    } catch (JacksonException e) {
      return null;
    }
  }
}
