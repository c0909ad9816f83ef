package org.clearsite.attribution.text;

import java.util.regex.Pattern;

/**
 * The characters a value must begin with to match a pattern anchored at its start: {@code
 * (?i)^(?:FD|IB)[0-9]{4}-} needs F, f, I or i first. Many model patterns have no literal opening
 * for {@link RequiredText} to check, and looking at one character skips most of them. Patterns this
 * reader does not understand, or that are not anchored, let every value through.
 */
public final class FirstChars {

  private static final FirstChars ANY = new FirstChars(null, true);

  /** Which ASCII characters may come first; null when any character may. */
  private final boolean[] ascii;

  private final boolean nonAscii;

  private FirstChars(boolean[] ascii, boolean nonAscii) {
    this.ascii = ascii;
    this.nonAscii = nonAscii;
  }

  public static FirstChars of(Pattern pattern) {
    if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
      return ANY;
    }
    String regex = pattern.pattern();
    boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    int start = 0;
    if (regex.startsWith("(?i)")) {
      ignoreCase = true;
      start = 4;
    }
    if (!regex.startsWith("^", start)) {
      return ANY;
    }
    try {
      RegexReader reader = new RegexReader(regex, start + 1, ignoreCase);
      RegexReader.Opening opening = reader.whole();
      if (opening.canBeEmpty()) {
        return ANY;
      }
      return new FirstChars(opening.chars().ascii(), opening.chars().nonAscii());
    } catch (RegexReader.Unsupported e) {
      return ANY;
    }
  }

  /** False only when the value cannot match; true means "run the pattern". */
  public boolean mayMatch(String value) {
    if (ascii == null || value.isEmpty()) {
      return true;
    }
    char c = value.charAt(0);
    return c < 128 ? ascii[c] : nonAscii;
  }

  /** Whether this filter can turn any value away. */
  public boolean filters() {
    return ascii != null;
  }
}
