package org.clearsite.discovery.register;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clearsite.discovery.register.RegisterRows.all;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRegisterWriterTest {

  @TempDir Path dir;

  @Test
  void theRejectionReportHeaderIsLineColumnReason() throws IOException {
    Path file = dir.resolve("rejections.csv");

    CsvRegisterWriter.writeRejections(file, List.of());

    assertThat(Files.readString(file, UTF_8)).isEqualTo("line,column,reason\r\n");
  }

  @Test
  void rejectionsAreEscapedAsRfc4180() throws IOException {
    Path file = dir.resolve("rejections.csv");

    CsvRegisterWriter.writeRejections(
        file,
        List.of(
            new Rejection(3, "MAC address", "invalid MAC address 'zz'"),
            new Rejection(7, "", "row has 4 fields, but the header has 3 columns"),
            new Rejection(9, "Serial \"No.\"", "duplicate serial 'A1': also on line 3")));

    assertThat(Files.readAllLines(file, UTF_8))
        .containsExactly(
            "line,column,reason",
            "3,MAC address,invalid MAC address 'zz'",
            "7,,\"row has 4 fields, but the header has 3 columns\"",
            "9,\"Serial \"\"No.\"\"\",duplicate serial 'A1': also on line 3");
  }

  @Test
  void rejectionsRoundTripThroughTheCsvReader() throws IOException {
    Path file = dir.resolve("rejections.csv");
    List<Rejection> rejections =
        List.of(
            new Rejection(2, "Site", "missing site"),
            new Rejection(5, "Notes; misc", "says \"n/a\", then\na new line"),
            new Rejection(6, "", "café – £10 | tab\there"));

    CsvRegisterWriter.writeRejections(file, rejections);
    List<RegisterRow> rows = all(CsvRegisterSource.open(file));

    assertThat(rows.get(0).cells()).containsExactly("line", "column", "reason");
    assertThat(rows.subList(1, rows.size()))
        .extracting(row ->
            new Rejection(
                Long.parseLong(row.cells().get(0)), row.cells().get(1), row.cells().get(2)))
        .containsExactlyElementsOf(rejections);
    // The second rejection spans two lines of the file, so the third starts on line 5.
    assertThat(RegisterRows.lines(rows)).containsExactly(1L, 2L, 3L, 5L);
  }

  @Test
  void aRegisterRoundTripsThroughTheCsvReaderWithoutAByteOrderMark() throws IOException {
    Path file = dir.resolve("register.csv");
    List<String> headers = List.of("site", "description", "serial");
    List<List<String>> rows =
        List.of(
            List.of("Leeds, Unit 4", "Dome \"north\"", "00123"),
            List.of("Café Nord", "", " padded "),
            List.of("York", "line one\r\nline two", "B2"));

    CsvRegisterWriter.write(file, headers, rows);

    assertThat(Files.readAllBytes(file)).startsWith("site,".getBytes(UTF_8));
    List<RegisterRow> read = all(RegisterFiles.open(file, null));
    assertThat(read)
        .extracting(RegisterRow::cells)
        .containsExactly(headers, rows.get(0), rows.get(1), rows.get(2));
  }
}
