package org.clearsite.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The usual other spellings of a model that matched nothing as written: in upper case, with a dash
 * after its letter prefix ("DS2CD2143" as "DS-2CD2143"), and with dashes for spaces ("DS 2CD2347G2
 * LU"). Written out by hand: these run for every model the rules miss.
 */
final class ModelReadings {

  private ModelReadings() {}

  /** The readings in the order they are tried, each once and none the same as the value. */
  static List<String> of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    List<String> readings = new ArrayList<>(3);
    for (String reading : new String[] {upper, dashAfterPrefix(upper), dashesForSpaces(upper)}) {
      if (!reading.equals(value) && !readings.contains(reading)) {
        readings.add(reading);
      }
    }
    return readings;
  }

  /**
   * As {@code ^([A-Za-z]{2,4})(\d)} replaced by {@code $1-$2}: two to four letters, then a digit.
   */
  static String dashAfterPrefix(String text) {
    int letters = 0;
    while (letters < text.length() && isAsciiLetter(text.charAt(letters))) {
      letters++;
    }
    boolean digitNext =
        letters < text.length() && text.charAt(letters) >= '0' && text.charAt(letters) <= '9';
    if (letters < 2 || letters > 4 || !digitNext) {
      return text;
    }
    return text.substring(0, letters) + "-" + text.substring(letters);
  }

  /** As {@code \s+} replaced by a dash in the stripped text. */
  static String dashesForSpaces(String text) {
    String stripped = text.strip();
    StringBuilder dashed = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r'); // \t \n \u000B \f \r
      if (!space) {
        dashed.append(c);
      } else if (!inSpace) {
        dashed.append('-');
      }
      inSpace = space;
    }
    return dashed.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
