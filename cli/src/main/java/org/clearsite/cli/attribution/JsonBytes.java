package org.clearsite.cli.attribution;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 JSON text built in one growing array, for answers whose shape is fixed: names and shared
 * values are copied in as bytes, and strings are escaped as Jackson's generator escapes them, so
 * the output is the same byte for byte.
 */
final class JsonBytes {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private byte[] bytes;
  private int size;

  JsonBytes(int capacity) {
    bytes = new byte[Math.max(capacity, 64)];
  }

  /** The bytes of a name or value already encoded, such as {@code "maker":}. */
  static byte[] encoded(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  JsonBytes raw(byte[] encoded) {
    room(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
    return this;
  }

  JsonBytes raw(char c) {
    room(1);
    bytes[size++] = (byte) c;
    return this;
  }

  JsonBytes nullValue() {
    return raw(NULL);
  }

  JsonBytes bool(boolean value) {
    return raw(value ? TRUE : FALSE);
  }

  /** A JSON string, or null. */
  JsonBytes string(String text) {
    if (text == null) {
      return nullValue();
    }
    int length = text.length();
    room(length * 6 + 2); // at worst every char becomes \\uXXXX
    byte[] out = bytes;
    int at = size;
    out[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out[at++] = (byte) c;
        } else {
          at = escape(c, out, at);
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        at = unicodeEscape(c, out, at); // a lone surrogate cannot be written as UTF-8
      }
    }
    out[at++] = '"';
    size = at;
    return this;
  }

  private static int escape(char c, byte[] out, int at) {
    char shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\b' -> 'b';
          case '\t' -> 't';
          case '\n' -> 'n';
          case '\f' -> 'f';
          case '\r' -> 'r';
          default -> 0;
        };
    if (shortForm == 0) {
      return unicodeEscape(c, out, at);
    }
    out[at++] = '\\';
    out[at++] = (byte) shortForm;
    return at;
  }

  private static int unicodeEscape(char c, byte[] out, int at) {
    out[at++] = '\\';
    out[at++] = 'u';
    out[at++] = HEX[(c >> 12) & 0xF];
    out[at++] = HEX[(c >> 8) & 0xF];
    out[at++] = HEX[(c >> 4) & 0xF];
    out[at++] = HEX[c & 0xF];
    return at;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The array written so far; only its first {@link #size()} bytes are text. */
  byte[] array() {
    return bytes;
  }

  int size() {
    return size;
  }
}
