package org.clearsite.persistence;

import java.util.Map;

/**
 * Writes the small JSON the database keeps (an observation's raw fields, audit states) without a
 * JSON library.
 */
public final class JsonText {

  private JsonText() {}

  /** A JSON object of strings, in the map's order. */
  public static String object(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      string(json, name);
      json.append(':');
      string(json, value);
    });
    return json.append('}').toString();
  }

  /** A JSON object of numbers, in the map's order. */
  public static String numbers(Map<String, ? extends Number> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      string(json, name);
      json.append(':').append(value);
    });
    return json.append('}').toString();
  }

  /** A JSON string, or {@code null}. */
  public static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder json = new StringBuilder();
    string(json, text);
    return json.toString();
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
