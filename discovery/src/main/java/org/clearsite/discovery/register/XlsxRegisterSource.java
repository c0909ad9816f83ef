package org.clearsite.discovery.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;

/**
 * Reads one sheet of an XLSX register. Cells are read as Excel shows them (a serial typed as a
 * number stays "0123", not "123.0"). POI's zip-bomb limits stay on.
 */
final class XlsxRegisterSource implements RegisterSource {

  private final String name;
  private final XSSFWorkbook workbook;
  private final Iterator<Row> rows;
  private final DataFormatter formatter = new DataFormatter();

  private XlsxRegisterSource(String name, XSSFWorkbook workbook, Sheet sheet) {
    this.name = name;
    this.workbook = workbook;
    this.rows = sheet.rowIterator();
    // A formula cell reads as the value Excel last saved with it, not as its formula text.
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  static XlsxRegisterSource open(Path file, String sheetName) {
    XSSFWorkbook workbook;
    try {
      workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw new RegisterFormatException(
          "cannot read " + file.getFileName() + " as an XLSX workbook: " + e.getMessage(), e);
    }
    if (workbook.getNumberOfSheets() == 0) {
      closeQuietly(workbook);
      throw new RegisterFormatException(file.getFileName() + " has no sheets");
    }
    Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      closeQuietly(workbook);
      throw new RegisterFormatException(
          file.getFileName() + " has no sheet named '" + sheetName + "'; sheets: " + names);
    }
    return new XlsxRegisterSource(
        file.getFileName() + (sheetName == null ? "" : " sheet " + sheetName), workbook, sheet);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public RegisterRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = rows.next();
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
      Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
      cells.add(cell == null ? "" : formatter.formatCellValue(cell));
    }
    return new RegisterRow(row.getRowNum() + 1L, cells);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }

  private static void closeQuietly(XSSFWorkbook workbook) {
    try {
      workbook.close();
    } catch (IOException ignored) {
      // already failing with a clearer message
    }
  }
}
