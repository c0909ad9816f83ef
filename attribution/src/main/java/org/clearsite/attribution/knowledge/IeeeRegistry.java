package org.clearsite.attribution.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The full IEEE MAC address registry as Debian packages it, read when installed so that makers
 * outside the bundled list are named too: {@code ieee-data}'s {@code oui.csv} (and its MA-M and
 * MA-S files), else {@code libwireshark-data}'s {@code manuf}.
 */
public final class IeeeRegistry {

  public static final Path IEEE_DATA = Path.of("/usr/share/ieee-data");
  public static final Path WIRESHARK_MANUF = Path.of("/usr/share/wireshark/manuf");

  private IeeeRegistry() {}

  /** Whatever the machine has installed; empty when neither package is. */
  public static List<MacPrefix> installed() {
    try {
      if (Files.isRegularFile(IEEE_DATA.resolve("oui.csv"))) {
        List<MacPrefix> all = new ArrayList<>();
        for (String file : new String[] {"oui.csv", "mam.csv", "oui36.csv"}) {
          Path path = IEEE_DATA.resolve(file);
          if (Files.isRegularFile(path)) {
            all.addAll(readIeeeCsv(path));
          }
        }
        return all;
      }
      if (Files.isRegularFile(WIRESHARK_MANUF)) {
        return readManuf(WIRESHARK_MANUF);
      }
    } catch (IOException e) {
      // the registry only adds names; without it the bundled prefixes still work
    }
    return List.of();
  }

  /** Lines such as {@code MA-L,4419B6,Hangzhou Hikvision Digital Technology Co.\,Ltd.,...}. */
  static List<MacPrefix> readIeeeCsv(Path file) throws IOException {
    List<MacPrefix> prefixes = new ArrayList<>();
    Provenance provenance =
        new Provenance(List.of("IEEE registry"), Confidence.HIGH, file.toString(), 0);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine(); // header
      while ((line = in.readLine()) != null) {
        String[] cells = line.split(",", 3);
        if (cells.length < 3 || !isDigits(cells[1], 6, 9, 16)) {
          continue;
        }
        String name = cells[2].startsWith("\"") ? unquote(cells[2]) : cells[2].split(",", 2)[0];
        prefixes.add(
            new MacPrefix(cells[1].toUpperCase(Locale.ROOT), null, name.strip(), null, provenance));
      }
    }
    return prefixes;
  }

  /**
   * As {@code [0-9]{min,max}} (radix 10) or {@code [0-9A-Fa-f]{min,max}} (radix 16), ASCII only,
   * without compiling a pattern for each of some 40,000 lines.
   */
  static boolean isDigits(String text, int min, int max, int radix) {
    if (text.length() < min || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit =
          (c >= '0' && c <= '9')
              || (radix == 16 && ((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')));
      if (!digit) {
        return false;
      }
    }
    return true;
  }

  private static String unquote(String cell) {
    int end = cell.indexOf('"', 1);
    return end < 0 ? cell.substring(1) : cell.substring(1, end);
  }

  /** Lines such as {@code 44:19:B6\tHikvisio\tHangzhou Hikvision Digital Technology Co.,Ltd.}. */
  static List<MacPrefix> readManuf(Path file) throws IOException {
    List<MacPrefix> prefixes = new ArrayList<>();
    Provenance provenance =
        new Provenance(List.of("IEEE registry"), Confidence.HIGH, file.toString(), 0);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < 2) {
          continue;
        }
        String[] address = cells[0].split("/");
        String hex = address[0].replace(":", "").replace("-", "").toUpperCase(Locale.ROOT);
        String mask = address.length > 1 ? address[1].strip() : "24";
        if (!isDigits(mask, 1, 2, 10)) {
          continue; // a line this reader does not understand names nobody
        }
        int bits = Integer.parseInt(mask);
        int digits = bits / 4;
        if (hex.length() < digits || !(digits == 6 || digits == 7 || digits == 9)) {
          continue;
        }
        String name = cells.length > 2 ? cells[2] : cells[1];
        prefixes.add(new MacPrefix(hex.substring(0, digits), null, name.strip(), null, provenance));
      }
    }
    return prefixes;
  }
}
