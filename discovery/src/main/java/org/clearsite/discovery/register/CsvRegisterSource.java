package org.clearsite.discovery.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;

/**
 * Reads a CSV register: UTF-8 with or without a byte order mark, else Windows-1252 (what Excel
 * writes on a UK desktop); the delimiter is whichever of comma, semicolon, tab or bar the header
 * line uses most.
 */
final class CsvRegisterSource implements RegisterSource {

  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String name;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long nextLine = 1;

  private CsvRegisterSource(String name, CSVParser parser) {
    this.name = name;
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CsvRegisterSource open(Path file) throws IOException {
    if (hasNulByte(file)) {
      throw new RegisterFormatException(
          file.getFileName()
              + " is not a text file (it has NUL bytes, as binary and UTF-16 files do): save the"
              + " register as CSV UTF-8 or XLSX and import that");
    }
    Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    BufferedReader reader = Files.newBufferedReader(file, charset);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    char delimiter = sniffDelimiter(file, charset);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false) // keeps physical line numbers exact
            .setTrim(false)
            .get();
    return new CsvRegisterSource(file.getFileName().toString(), CSVParser.parse(reader, format));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  @Override
  public RegisterRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record;
    try {
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw malformed(e);
    }
    List<String> cells = new ArrayList<>(record.size());
    record.forEach(cells::add);
    long line = nextLine;
    // A quoted cell may span lines: the next row starts after the last line this one used.
    nextLine = parser.getCurrentLineNumber() + 1;
    return new RegisterRow(line, cells);
  }

  private RegisterFormatException malformed(RuntimeException e) {
    return new RegisterFormatException(
        name
            + " is not valid CSV from line "
            + nextLine
            + ": "
            + e.getMessage()
            + " (often an unclosed quote); nothing was imported",
        e);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Text in UTF-8 or Windows-1252 never has a NUL byte; binary files and UTF-16 text do. */
  private static boolean hasNulByte(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      for (byte b : in.readNBytes(8192)) {
        if (b == 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** Streams the whole file through a strict decoder: one bad byte means it is not UTF-8. */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      int read;
      while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
        bytes.position(bytes.position() + read);
        bytes.flip();
        chars.clear();
        if (decoder.decode(bytes, chars, false).isError()) {
          return false;
        }
        bytes.compact();
      }
      bytes.flip();
      chars.clear();
      return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static char sniffDelimiter(Path file, Charset charset) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      String line;
      int looked = 0;
      int[] totals = new int[DELIMITERS.length];
      while ((line = reader.readLine()) != null && looked < 20) {
        if (line.isBlank()) {
          continue;
        }
        looked++;
        char best = 0;
        int bestCount = 0;
        for (int i = 0; i < DELIMITERS.length; i++) {
          int count = countOutsideQuotes(line, DELIMITERS[i]);
          totals[i] += count;
          if (count > bestCount) {
            best = DELIMITERS[i];
            bestCount = count;
          }
        }
        // Title rows have no delimiters; the first line with two or more is the header.
        if (bestCount >= 2) {
          return best;
        }
      }
      // No line has three columns: a two-column register uses its delimiter once on each line.
      char best = ',';
      int bestTotal = 0;
      for (int i = 0; i < DELIMITERS.length; i++) {
        if (totals[i] > bestTotal) {
          best = DELIMITERS[i];
          bestTotal = totals[i];
        }
      }
      return best;
    }
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        count++;
      }
    }
    return count;
  }
}
