package org.clearsite.attribution;

/**
 * Registers are often typed in word processors, which turn the hyphen in a model number into a
 * Unicode hyphen or dash ({@code DS‐7108NI}). Model patterns are written with the ASCII hyphen.
 */
final class Dashes {

  private Dashes() {}

  /** The text with every Unicode hyphen, dash and minus sign read as an ASCII hyphen. */
  static String plain(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDash(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '-');
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isDash(char c) {
    return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
  }
}
