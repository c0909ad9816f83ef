package org.clearsite.device;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A 48-bit hardware address, kept in one canonical form: {@code aa:bb:cc:dd:ee:ff}. */
public record MacAddress(String value) {

  public MacAddress {
    if (parse(value).filter(value::equals).isEmpty()) {
      throw new IllegalArgumentException("not a canonical MAC address: " + value);
    }
  }

  /**
   * Accepts the ways people write MACs: colons, hyphens, Cisco dots, or bare hex digits.
   *
   * @return the canonical form, or empty if the text is not a MAC address
   */
  private static final Pattern SEPARATORS = Pattern.compile("[:\\-.\\s]");

  private static final Pattern SHAPES =
      Pattern.compile(
          "(?i)[0-9a-f]{12}|([0-9a-f]{2}[:\\-]){5}[0-9a-f]{2}|([0-9a-f]{4}\\.){2}[0-9a-f]{4}");

  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String hex = SEPARATORS.matcher(text.strip()).replaceAll("").toLowerCase(Locale.ROOT);
    if (hex.length() != 12 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return Optional.empty();
    }
    if (!SHAPES.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        canonical.append(':');
      }
      canonical.append(hex, i, i + 2);
    }
    return Optional.of(canonical.toString());
  }

  /** The maker's block (OUI): the first three bytes. */
  public String oui() {
    return value.substring(0, 8);
  }
}
