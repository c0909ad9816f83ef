package org.clearsite.discovery.register;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsite.discovery.register.RegisterRows.all;
import static org.clearsite.discovery.register.RegisterRows.lines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRegisterSourceTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  @Test
  void readsUtf8WithByteOrderMarkWithoutTheMarkInTheFirstHeader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("site,make,serial\nCafé Nord,Acme,A1\n".getBytes(UTF_8));
    Path file = write("bom.csv", bytes.toByteArray());

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cells()).containsExactly("site", "make", "serial");
    assertThat(rows.get(0).cells().get(0)).doesNotStartWith("\uFEFF").hasSize(4);
    assertThat(rows.get(1).cells()).containsExactly("Café Nord", "Acme", "A1");
  }

  @Test
  void readsUtf8WithoutByteOrderMark() throws IOException {
    Path file = write("plain.csv", "site,make,serial\nZürich – Ω,Acme,€12\n".getBytes(UTF_8));

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(0).cells()).containsExactly("site", "make", "serial");
    assertThat(rows.get(1).cells()).containsExactly("Zürich – Ω", "Acme", "€12");
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    // 0xA3 is '£' and 0xE9 is 'é' in Windows-1252; neither is valid UTF-8 on its own.
    Path file =
        write(
            "excel.csv",
            "site,description,cost\nCaf\u00e9 Royal,Dome \u2013 entrance,\u00a3120\n"
                .getBytes(WINDOWS_1252));
    assertThat(Files.readAllBytes(file)).contains((byte) 0xA3, (byte) 0xE9, (byte) 0x96);

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(1).cells()).containsExactly("Café Royal", "Dome – entrance", "£120");
  }

  @Test
  void aUtf8CharacterLateInALargeFileStillCountsAsUtf8() throws IOException {
    // The encoding is judged on the whole file, not only on its first buffer.
    StringBuilder text = new StringBuilder("site,make,serial\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("Site ").append(i).append(",Acme,S").append(i).append('\n');
    }
    text.append("Café,Acme,last\n");
    Path file = write("long.csv", text.toString().getBytes(UTF_8));

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows).hasSize(5_002);
    assertThat(rows.getLast().cells()).containsExactly("Café", "Acme", "last");
    assertThat(rows.getLast().line()).isEqualTo(5_002);
  }

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void sniffsTheDelimiterFromTheHeader(String delimiter) throws IOException {
    String text =
        String.join(delimiter, "site", "make", "serial")
            + "\n"
            + String.join(delimiter, "\"Leeds, Unit 4\"", "Acme", "A1")
            + "\n";
    Path file = write("delimited.csv", text.getBytes(UTF_8));

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(0).cells()).containsExactly("site", "make", "serial");
    assertThat(rows.get(1).cells()).containsExactly("Leeds, Unit 4", "Acme", "A1");
  }

  @Test
  void sniffsTheDelimiterPastATitleRowWithoutDelimiters() throws IOException {
    Path file =
        write("titled.csv", "Estate register March 2024\n\nsite;make;serial\nLeeds;Acme;A1\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows).extracting(RegisterRow::cells).contains(List.of("site", "make", "serial"));
    assertThat(rows.getLast().cells()).containsExactly("Leeds", "Acme", "A1");
    assertThat(rows.getLast().line()).isEqualTo(4);
  }

  @Test
  void sniffsTheDelimiterOfATwoColumnRegister() throws IOException {
    Path file = write("two.csv", "site;serial\nLeeds, Unit 4;A1\nYork;B2\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(0).cells()).containsExactly("site", "serial");
    assertThat(rows.get(1).cells()).containsExactly("Leeds, Unit 4", "A1");
  }

  @Test
  void ignoresDelimitersInsideQuotesWhenSniffing() throws IOException {
    // Four commas inside quotes, two semicolons outside: semicolon is the delimiter.
    Path file = write("quoted.csv", "\"site, name, long\";\"make, or brand\";serial\nA;B;C\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(0).cells()).containsExactly("site, name, long", "make, or brand", "serial");
    assertThat(rows.get(1).cells()).containsExactly("A", "B", "C");
  }

  @Test
  void quotedFieldsKeepDelimitersQuotesAndNewlines() throws IOException {
    Path file =
        write(
            "multiline.csv",
            "site,description,serial\n"
                + "Leeds,\"Dome, car park\",A1\n"
                + "York,\"Mounted on\nthe north\nwall\",B2\n"
                + "Hull,\"says \"\"hello\"\"\",C3\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows)
        .extracting(RegisterRow::cells)
        .containsExactly(
            List.of("site", "description", "serial"),
            List.of("Leeds", "Dome, car park", "A1"),
            List.of("York", "Mounted on\nthe north\nwall", "B2"),
            List.of("Hull", "says \"hello\"", "C3"));
    // York starts on line 3 and uses lines 3-5, so Hull is on line 6.
    assertThat(lines(rows)).containsExactly(1L, 2L, 3L, 6L);
  }

  @Test
  void lineNumbersAreOneBasedPhysicalLinesWithCrLfEndings() throws IOException {
    Path file = write("crlf.csv", "site,description,serial\r\nA,\"x\r\ny\",1\r\nB,z,2\r\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(lines(rows)).containsExactly(1L, 2L, 4L);
    assertThat(rows.get(1).cells().get(1)).isEqualTo("x\r\ny");
  }

  @Test
  void blankLinesAreRowsAndKeepCountingPhysicalLines() throws IOException {
    Path file = write("blanks.csv", "site,make,serial\n\nLeeds,Acme,A1\n\n\nYork,Acme,B2\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(lines(rows)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(rows.get(1).isBlank()).isTrue();
    assertThat(rows.get(5).cells()).containsExactly("York", "Acme", "B2");
    assertThat(rows.get(5).line()).isEqualTo(6);
  }

  @Test
  void aLastLineWithoutANewlineIsRead() throws IOException {
    Path file = write("no-eol.csv", "site,make,serial\nLeeds,Acme,A1");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).cells()).containsExactly("Leeds", "Acme", "A1");
  }

  @Test
  void anEmptyFileHasNoRows() throws IOException {
    Path file = write("empty.csv", new byte[0]);

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source.hasNext()).isFalse();
      assertThatThrownBy(source::next).isInstanceOf(java.util.NoSuchElementException.class);
    }
  }

  @Test
  void theSourceIsNamedAfterTheFile() throws IOException {
    Path file = write("estate-2024.csv", "site,make,serial\n");

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source.name()).isEqualTo("estate-2024.csv");
    }
  }

  @Test
  void anUnclosedQuoteIsAFormatErrorNamingTheLineWhereTheRowStarts() throws IOException {
    Path file =
        write(
            "broken.csv",
            "site,description,serial\nLeeds,\"fine\nstill fine\",A1\nYork,\"never closed,B2\nHull,x,C3\n");

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source.next().line()).isEqualTo(1);
      assertThat(source.next().line()).isEqualTo(2);
      assertThatThrownBy(source::next)
          .isInstanceOf(RegisterFormatException.class)
          .hasMessageContaining("broken.csv")
          .hasMessageContaining("line 4")
          .hasMessageContaining("nothing was imported");
    }
  }

  @Test
  void textAfterAClosingQuoteIsAFormatErrorNamingTheLine() throws IOException {
    Path file =
        write("junk-after-quote.csv", "site,make,serial\nLeeds,Acme,A1\n\"York\"x,Acme,B2\n");

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThatThrownBy(() -> all(source))
          .isInstanceOf(RegisterFormatException.class)
          .hasMessageContaining("junk-after-quote.csv")
          .hasMessageContaining("line 3");
    }
  }

  @Test
  void binaryJunkIsAFormatErrorNotRows() throws IOException {
    byte[] junk = new byte[256 * 1024];
    new Random(42).nextBytes(junk);
    Path file = write("junk.csv", junk);

    assertThatThrownBy(() -> all(RegisterFiles.open(file, null)))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("junk.csv")
        .hasMessageContaining("not a text");
  }

  @Test
  void aUtf16FileIsAFormatErrorThatSaysHowToSaveIt() throws IOException {
    // Excel's "Unicode Text" is UTF-16 with tabs: NUL bytes everywhere.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(
        "site\tmake\tserial\r\nLeeds\tAcme\tA1\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Path file = write("unicode.txt", bytes.toByteArray());

    assertThatThrownBy(() -> all(RegisterFiles.open(file, null)))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("unicode.txt")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void aLongLineIsReadWholeWithoutTruncation() throws IOException {
    String longCell = "x".repeat(2_000_000);
    Path file = write("long-line.csv", "site,description,serial\nLeeds," + longCell + ",A1\n");

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).cells().get(1)).hasSize(2_000_000);
    assertThat(rows.get(1).cells().get(2)).isEqualTo("A1");
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
