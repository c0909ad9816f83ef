package org.clearsite.discovery.register;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clearsite.register.Rejection;

/** Writes registers and rejection reports as CSV (RFC 4180, UTF-8, no byte order mark). */
public final class CsvRegisterWriter {

  private CsvRegisterWriter() {}

  public static void write(Path file, List<String> headers, Iterable<List<String>> rows)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
      printer.printRecord(headers);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  /** The rejection report contract: header {@code line,column,reason}, one row per rejected row. */
  public static void writeRejections(Path file, List<Rejection> rejections) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
      printer.printRecord("line", "column", "reason");
      for (Rejection rejection : rejections) {
        printer.printRecord(rejection.line(), rejection.column(), rejection.reason());
      }
    }
  }
}
