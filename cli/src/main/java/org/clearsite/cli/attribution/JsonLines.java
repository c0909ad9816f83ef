package org.clearsite.cli.attribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines as raw bytes, one line at a time, so that a line of invalid UTF-8 or of
 * unreasonable length is an error for that line and the next line is still read.
 */
final class JsonLines {

  /** A line longer than this is skipped with an error rather than held in memory. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** One line: its text, or why it has none. */
  record Line(long number, String text, String problem) {}

  private final InputStream in;
  private long number;
  private boolean ended;

  JsonLines(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (bytes.size() < MAX_LINE_BYTES) {
        bytes.write(b);
      } else {
        tooLong = true;
      }
    }
    if (b == -1) {
      ended = true;
      if (bytes.size() == 0 && !tooLong) {
        return null;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "line longer than " + MAX_LINE_BYTES + " bytes");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      return new Line(
          number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8");
    }
  }
}
