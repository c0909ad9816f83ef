package org.clearsite.discovery.register;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterFilesTest {

  /** The first bytes of every OLE2 compound file: old .xls, and password-protected .xlsx. */
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  @TempDir Path dir;

  @Test
  void aZipIsReadAsXlsxWhateverItIsCalled() throws IOException {
    Path file = dir.resolve("register.csv");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Register").createRow(0).createCell(0).setCellValue("site");
      wb.write(out);
    }

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source).isInstanceOf(XlsxRegisterSource.class);
      assertThat(source.next().cells()).containsExactly("site");
    }
  }

  @Test
  void plainTextIsReadAsCsvWhateverItIsCalled() throws IOException {
    Path file = Files.writeString(dir.resolve("register.xlsx.txt"), "site,make,serial\n");

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source).isInstanceOf(CsvRegisterSource.class);
      assertThat(source.next().cells()).containsExactly("site", "make", "serial");
    }
  }

  @Test
  void anOldBinaryExcelFileIsRefusedWithAWayForward() throws IOException {
    Path file = Files.write(dir.resolve("register.xls"), ole2());

    assertThatThrownBy(() -> RegisterFiles.open(file, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("register.xls")
        .hasMessageContaining("old binary Excel")
        .hasMessageContaining("save it as .xlsx or .csv");
  }

  @Test
  void anOle2FileIsRefusedWhateverItIsCalled() throws IOException {
    // A renamed .xls, or an .xlsx saved with a password (Excel wraps those in OLE2).
    Path file = Files.write(dir.resolve("register.xlsx"), ole2());

    assertThatThrownBy(() -> RegisterFiles.open(file, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("register.xlsx")
        .hasMessageContaining("old binary Excel")
        .hasMessageContaining("password");
  }

  @Test
  void aSheetCannotBeChosenInACsvFile() throws IOException {
    Path file = Files.writeString(dir.resolve("register.csv"), "site,make,serial\n");

    assertThatThrownBy(() -> RegisterFiles.open(file, "Cameras"))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("--sheet")
        .hasMessageContaining("register.csv");
  }

  @Test
  void aMissingFileIsAFormatErrorNamingIt() {
    Path file = dir.resolve("nowhere.csv");

    assertThatThrownBy(() -> RegisterFiles.open(file, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("no such file")
        .hasMessageContaining("nowhere.csv");
  }

  @Test
  void aDirectoryIsNotARegister() {
    assertThatThrownBy(() -> RegisterFiles.open(dir, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void aFileShorterThanTheMagicIsReadAsCsv() throws IOException {
    Path file = Files.write(dir.resolve("tiny.csv"), "PK".getBytes(UTF_8));

    try (RegisterSource source = RegisterFiles.open(file, null)) {
      assertThat(source.next().cells()).containsExactly("PK");
    }
  }

  private static byte[] ole2() {
    byte[] bytes = new byte[4096];
    System.arraycopy(OLE2, 0, bytes, 0, OLE2.length);
    for (int i = OLE2.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }
}
