package org.clearsite.device;

import java.util.Optional;
import java.util.regex.Pattern;

/** IPv4 and IPv6 literals as registers record them; never resolves a name. */
public final class IpAddress {

  private IpAddress() {}

  /** The address in a canonical textual form, or empty if the text is not an address. */
  private static final Pattern DOT = Pattern.compile("\\.");

  private static final Pattern OCTET = Pattern.compile("\\d{1,3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:]+");
  private static final Pattern HEXTET = Pattern.compile("[0-9A-Fa-f]{1,4}");

  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.contains(":")) {
      return isIpv6(s) ? Optional.of(s.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
    String[] parts = DOT.split(s, -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder();
    for (String part : parts) {
      if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return Optional.empty();
      }
      if (!canonical.isEmpty()) {
        canonical.append('.');
      }
      canonical.append(Integer.parseInt(part));
    }
    return Optional.of(canonical.toString());
  }

  /** Eight groups of up to four hex digits, or fewer with exactly one "::" standing for zeros. */
  private static boolean isIpv6(String s) {
    if (s.length() > 39 || !IPV6_CHARS.matcher(s).matches()) {
      return false;
    }
    int compressed = s.indexOf("::");
    if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) {
      return false;
    }
    String body = compressed >= 0 ? s.replace("::", ":x:") : s;
    String[] groups = body.split(":", -1);
    int counted = 0;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      if (g.equals("x") || (g.isEmpty() && compressed >= 0 && (i == 0 || i == groups.length - 1))) {
        continue;
      }
      if (!HEXTET.matcher(g).matches()) {
        return false;
      }
      counted++;
    }
    return compressed >= 0 ? counted < 8 : counted == 8;
  }
}
