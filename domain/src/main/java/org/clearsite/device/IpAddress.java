package org.clearsite.device;

import java.util.Optional;

/** IPv4 and IPv6 literals as registers record them; never resolves a name. */
public final class IpAddress {

  private IpAddress() {}

  /** The address in a canonical textual form, or empty if the text is not an address. */
  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.contains(":")) {
      return s.matches("[0-9A-Fa-f:.]{2,45}") && s.chars().filter(c -> c == ':').count() >= 2
          ? Optional.of(s.toLowerCase(java.util.Locale.ROOT))
          : Optional.empty();
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder();
    for (String part : parts) {
      if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
        return Optional.empty();
      }
      if (!canonical.isEmpty()) {
        canonical.append('.');
      }
      canonical.append(Integer.parseInt(part));
    }
    return Optional.of(canonical.toString());
  }
}
