package org.clearsite.cli.attribution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the usual record, one JSON object whose every member is text under its own name, straight
 * into fields: a general parser cost as much as attributing the record. It takes only what it is
 * sure of; anything else (numbers, lists, nulls, a name given twice, an unusual escape, bad JSON)
 * is left to {@link JsonFields} and the tree reader, which say the same of it as they always did.
 */
final class FlatJson {

  /** Longer lines go to the general parser, which also enforces its limits on them. */
  static final int MAX_LENGTH = 16 * 1024;

  private final String line;
  private int pos;

  private FlatJson(String line) {
    this.line = line;
  }

  /** The object's members in order, or null when the line is not such a plain object. */
  static Map<String, String> fields(String line) {
    return line.length() > MAX_LENGTH ? null : new FlatJson(line).object();
  }

  private Map<String, String> object() {
    skipSpace();
    if (!take('{')) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    skipSpace();
    if (!take('}')) {
      do {
        skipSpace();
        String name = string();
        skipSpace();
        if (name == null || !take(':')) {
          return null;
        }
        skipSpace();
        String value = string();
        if (value == null || fields.putIfAbsent(name, value) != null) {
          return null;
        }
        skipSpace();
      } while (take(','));
      if (!take('}')) {
        return null;
      }
    }
    skipSpace();
    return pos == line.length() ? fields : null;
  }

  /** A JSON string, or null if there is none here or it holds anything but the plain escapes. */
  private String string() {
    if (!take('"')) {
      return null;
    }
    int start = pos;
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c == '"') {
        return line.substring(start, pos++);
      }
      if (c == '\\') {
        return escaped(new StringBuilder().append(line, start, pos));
      }
      if (c < 0x20) {
        return null; // JSON does not allow it unescaped
      }
      pos++;
    }
    return null;
  }

  private String escaped(StringBuilder text) {
    while (pos < line.length()) {
      char c = line.charAt(pos++);
      if (c == '"') {
        return text.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        text.append(c);
        continue;
      }
      if (pos >= line.length()) {
        return null;
      }
      char e = line.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> text.append(e);
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          int code = hex4();
          if (code < 0 || Character.isSurrogate((char) code)) {
            return null; // halves of a pair: left to the general parser
          }
          text.append((char) code);
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private int hex4() {
    if (pos + 4 > line.length()) {
      return -1;
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      char h = line.charAt(pos++);
      int digit =
          h >= '0' && h <= '9'
              ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  private void skipSpace() {
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean take(char expected) {
    if (pos < line.length() && line.charAt(pos) == expected) {
      pos++;
      return true;
    }
    return false;
  }
}
