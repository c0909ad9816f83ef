package org.clearsite.cli.attribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JSON Lines as raw bytes, one line at a time, so that a line of invalid UTF-8 or of
 * unreasonable length is an error for that line and the next line is still read. Lines are decoded
 * when asked, so that decoding can happen on the threads that do the work.
 */
final class JsonLines {

  /** A line longer than this is skipped with an error rather than held in memory. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** One line as read: its bytes, or why it has none. */
  static final class Line {
    private final long number;
    private final byte[] bytes;
    private String text;
    private String problem;

    Line(long number, byte[] bytes, String problem) {
      this.number = number;
      this.bytes = bytes;
      this.problem = problem;
    }

    long number() {
      return number;
    }

    /** The line as text, without its line end; null when {@link #problem()} says why not. */
    String text() {
      decode();
      return text;
    }

    String problem() {
      decode();
      return problem;
    }

    private void decode() {
      if (text != null || problem != null) {
        return;
      }
      try {
        String decoded =
            ascii(bytes)
                ? new String(bytes, StandardCharsets.ISO_8859_1) // the same text, decoded faster
                : StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        text = decoded.endsWith("\r") ? decoded.substring(0, decoded.length() - 1) : decoded;
      } catch (CharacterCodingException e) {
        problem = "not valid UTF-8";
      }
    }

    private static boolean ascii(byte[] bytes) {
      for (byte b : bytes) {
        if (b < 0) {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
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
    ByteArrayOutputStream bytes = null;
    long length = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (length == 0) {
            return null;
          }
          return line(bytes, length);
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (length == 0 && position < limit) {
        position++; // the '\n' of a line that is all in the buffer: copied once
        number++;
        return new Line(number, Arrays.copyOfRange(buffer, start, start + chunk), null);
      }
      if (length + chunk <= MAX_LINE_BYTES) {
        if (bytes == null) {
          bytes = new ByteArrayOutputStream(Math.max(chunk, 256));
        }
        bytes.write(buffer, start, chunk);
      }
      length += chunk;
      if (position < limit) {
        position++; // the '\n'
        return line(bytes, length);
      }
    }
  }

  private Line line(ByteArrayOutputStream bytes, long length) {
    number++;
    if (length > MAX_LINE_BYTES) {
      return new Line(number, null, "line longer than " + MAX_LINE_BYTES + " bytes");
    }
    return new Line(number, bytes == null ? new byte[0] : bytes.toByteArray(), null);
  }
}
