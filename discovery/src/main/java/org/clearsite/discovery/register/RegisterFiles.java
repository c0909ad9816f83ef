package org.clearsite.discovery.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterSource;

/** Opens a register file as CSV or XLSX, judged by its content rather than its name. */
public final class RegisterFiles {

  /** A zip archive, as every XLSX workbook is. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** An OLE2 compound file: an old .xls, or an .xlsx that Excel encrypted with a password. */
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private RegisterFiles() {}

  /**
   * @param sheet the XLSX sheet to read, or null for the first; must be null for CSV
   * @throws RegisterFormatException naming the file and what is wrong with it
   */
  public static RegisterSource open(Path file, String sheet) {
    if (!Files.isRegularFile(file)) {
      throw new RegisterFormatException("no such file: " + file);
    }
    try {
      if (startsWith(file, ZIP)) {
        return XlsxRegisterSource.open(file, sheet);
      }
      if (startsWith(file, OLE2)) {
        throw new RegisterFormatException(
            file
                + " is an old binary Excel file or a password-protected workbook: save it as .xlsx"
                + " or .csv, without a password, and import that");
      }
      if (sheet != null) {
        throw new RegisterFormatException("--sheet applies to XLSX files; " + file + " is not one");
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xls")) {
        throw new RegisterFormatException(
            file + " is an old binary Excel file: save it as .xlsx or .csv and import that");
      }
      return CsvRegisterSource.open(file);
    } catch (IOException e) {
      throw new RegisterFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean startsWith(Path file, byte[] magic) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(magic.length), magic);
    }
  }
}
