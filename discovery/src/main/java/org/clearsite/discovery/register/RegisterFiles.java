package org.clearsite.discovery.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterSource;

/** Opens a register file as CSV or XLSX, judged by its content rather than its name. */
public final class RegisterFiles {

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
      if (isZip(file)) {
        return XlsxRegisterSource.open(file, sheet);
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

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    }
  }
}
