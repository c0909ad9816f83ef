package org.clearsite.discovery.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clearsite.discovery.register.RegisterRows.all;
import static org.clearsite.discovery.register.RegisterRows.lines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRegisterSourceTest {

  @TempDir Path dir;

  @Test
  void readsTheFirstSheetByDefault() throws IOException {
    Path file =
        workbook(
            "estate.xlsx",
            wb -> {
              rows(wb.createSheet("Cameras"), List.of("site", "serial"), List.of("Leeds", "A1"));
              rows(wb.createSheet("Notes"), List.of("note"), List.of("ignore me"));
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows)
        .extracting(RegisterRow::cells)
        .containsExactly(List.of("site", "serial"), List.of("Leeds", "A1"));
  }

  @Test
  void readsANamedSheet() throws IOException {
    Path file =
        workbook(
            "estate.xlsx",
            wb -> {
              rows(wb.createSheet("Cover"), List.of("Estate register"));
              rows(wb.createSheet("Cameras"), List.of("site", "serial"), List.of("York", "B2"));
            });

    try (RegisterSource source = RegisterFiles.open(file, "Cameras")) {
      assertThat(source.name()).isEqualTo("estate.xlsx sheet Cameras");
      assertThat(all(source))
          .extracting(RegisterRow::cells)
          .containsExactly(List.of("site", "serial"), List.of("York", "B2"));
    }
  }

  @Test
  void anUnknownSheetIsAnErrorNamingTheSheetsThereAre() throws IOException {
    Path file =
        workbook(
            "estate.xlsx",
            wb -> {
              wb.createSheet("Cover");
              wb.createSheet("Cameras");
            });

    assertThatThrownBy(() -> RegisterFiles.open(file, "Cameraz"))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("estate.xlsx")
        .hasMessageContaining("'Cameraz'")
        .hasMessageContaining("[Cover, Cameras]");
  }

  @Test
  void aWorkbookWithoutSheetsIsAFormatError() throws IOException {
    Path file = workbook("empty.xlsx", wb -> {});

    assertThatThrownBy(() -> RegisterFiles.open(file, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("empty.xlsx")
        .hasMessageContaining("no sheets");
  }

  @Test
  void lineIsTheSheetRowNumberCountingSkippedRows() throws IOException {
    Path file =
        workbook(
            "gaps.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "site", "serial"); // row 1
              text(sheet.createRow(3), "Leeds", "A1"); // row 4: rows 2 and 3 never existed
              text(sheet.createRow(9), "York", "B2"); // row 10
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(lines(rows)).containsExactly(1L, 4L, 10L);
    assertThat(rows.get(2).cells()).containsExactly("York", "B2");
  }

  @Test
  void missingCellsInsideARowAreEmptyStrings() throws IOException {
    Path file =
        workbook(
            "holes.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "site", "make", "serial");
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("Leeds");
              row.createCell(2).setCellValue("A1"); // no cell at B2
              Row blank = sheet.createRow(2);
              blank.createCell(1).setBlank();
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(1).cells()).containsExactly("Leeds", "", "A1");
    assertThat(rows.get(2).isBlank()).isTrue();
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  @Test
  void numbersReadAsExcelShowsThem() throws IOException {
    Path file =
        workbook(
            "numbers.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "serial", "padded", "cost", "ratio");
              CellStyle padded = wb.createCellStyle();
              padded.setDataFormat(wb.createDataFormat().getFormat("00000"));
              CellStyle money = wb.createCellStyle();
              money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue(12345);
              row.createCell(1).setCellValue(123);
              row.getCell(1).setCellStyle(padded);
              row.createCell(2).setCellValue(120);
              row.getCell(2).setCellStyle(money);
              row.createCell(3).setCellValue(0.5);
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(1).cells()).containsExactly("12345", "00123", "120.00", "0.5");
  }

  @Test
  void datesReadAsFormatted() throws IOException {
    Path file =
        workbook(
            "dates.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "site", "installed");
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("Leeds");
              row.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
              row.getCell(1).setCellStyle(date);
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(1).cells()).containsExactly("Leeds", "15/03/2024");
  }

  @Test
  void formulasReadAsTheValueExcelShows() throws IOException {
    Path file =
        workbook(
            "formulas.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "site", "building", "label", "count");
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("Leeds");
              row.createCell(1).setCellValue("Block B");
              row.createCell(2).setCellFormula("A2&\" \"&B2");
              row.createCell(3).setCellFormula("40+2");
              // Excel saves the last calculated value with each formula; do the same here.
              XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            });

    List<RegisterRow> rows = all(RegisterFiles.open(file, null));

    assertThat(rows.get(1).cells()).containsExactly("Leeds", "Block B", "Leeds Block B", "42");
  }

  @Test
  void booleansReadAsExcelShowsThem() throws IOException {
    Path file =
        workbook(
            "booleans.xlsx",
            wb -> {
              XSSFSheet sheet = wb.createSheet("Register");
              text(sheet.createRow(0), "site", "sensitive");
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("Leeds");
              row.createCell(1).setCellValue(true);
            });

    assertThat(all(RegisterFiles.open(file, null)).get(1).cells()).containsExactly("Leeds", "TRUE");
  }

  @Test
  void aZipThatIsNotAWorkbookIsAFormatError() throws IOException {
    Path file = dir.resolve("archive.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      zip.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> RegisterFiles.open(file, null))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("archive.xlsx")
        .hasMessageContaining("XLSX");
  }

  private Path workbook(String name, Consumer<XSSFWorkbook> build) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      build.accept(wb);
      wb.write(out);
    }
    return file;
  }

  @SafeVarargs
  private static void rows(XSSFSheet sheet, List<String>... rows) {
    for (int i = 0; i < rows.length; i++) {
      text(sheet.createRow(i), rows[i].toArray(String[]::new));
    }
  }

  private static void text(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }
}
