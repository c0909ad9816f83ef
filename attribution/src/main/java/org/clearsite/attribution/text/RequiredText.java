package org.clearsite.attribution.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The literal text any match of a pattern must contain, read from the pattern's opening: "App-webs"
 * for {@code ^App-webs/}, "ds" for {@code (?i)^DS-?2CD} or {@code (?i)\\bDS-?2CD}. Checking for it
 * first lets most values skip most patterns without running the regular expression engine at all.
 */
public final class RequiredText {

  private final String text;
  private final boolean ignoreCase;

  private RequiredText(String text, boolean ignoreCase) {
    this.text = text;
    this.ignoreCase = ignoreCase;
  }

  /** What a match of {@code pattern} must contain; empty text when nothing can be said. */
  public static RequiredText of(Pattern pattern) {
    String regex = pattern.pattern();
    boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    int i = 0;
    if (regex.startsWith("(?i)")) {
      ignoreCase = true;
      i = 4;
    }
    if (regex.startsWith("^", i)) {
      i++;
    }
    if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
      i = closingParenthesis(regex, i) + 1; // a look-behind reads text before the match
      if (i == 0) {
        return new RequiredText("", ignoreCase);
      }
    }
    if (regex.startsWith("\\b", i)) {
      i += 2; // a word boundary is not text: what follows it still must be there
    }
    if (topLevelAlternation(regex)) {
      return new RequiredText("", ignoreCase);
    }
    if (opensRequiredGroup(regex, i)) {
      i++; // "(VT[OH])": the group's opening is the pattern's opening
    }
    StringBuilder literal = new StringBuilder();
    while (i < regex.length()) {
      char c = regex.charAt(i);
      char literalChar;
      int width;
      if (c == '\\' && i + 1 < regex.length() && isPunctuation(regex.charAt(i + 1))) {
        literalChar = regex.charAt(i + 1);
        width = 2;
      } else if (Character.isLetterOrDigit(c)
          || c == ' '
          || c == '-'
          || c == '/'
          || c == ':'
          || c == '_'
          || c == '='
          || c == '"'
          || c == '\''
          || c == ','
          || c == ';'
          || c == '@') {
        literalChar = c;
        width = 1;
      } else {
        break;
      }
      int next = i + width;
      if (literal.isEmpty()
          && next < regex.length()
          && "?*".indexOf(regex.charAt(next)) >= 0
          && (next + 1 >= regex.length() || "?+".indexOf(regex.charAt(next + 1)) < 0)) {
        i = next + 1; // "i?DS": an optional opening character; what follows it still must be there
        continue;
      }
      if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
        break; // this character is optional
      }
      literal.append(literalChar);
      i = next;
      if (next < regex.length() && regex.charAt(next) == '+') {
        break; // repeated: the rest does not follow it directly
      }
    }
    String text = literal.length() >= 2 ? literal.toString() : "";
    return new RequiredText(ignoreCase ? text.toLowerCase(Locale.ROOT) : text, ignoreCase);
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c);
  }

  /** A "|" outside every group means the opening literal is only one of the choices. */
  private static boolean topLevelAlternation(String regex) {
    return group(regex, -1).alternates();
  }

  /** Where the group opening at {@code open} closes; -1 when it does not. */
  private static int closingParenthesis(String regex, int open) {
    return group(regex, open).close();
  }

  /**
   * Whether a capturing group opens at {@code open} that every match goes through from its start:
   * not optional, and with no "|" of its own.
   */
  private static boolean opensRequiredGroup(String regex, int open) {
    if (!regex.startsWith("(", open) || regex.startsWith("(?", open)) {
      return false;
    }
    Group g = group(regex, open);
    return g.close() > 0
        && !g.alternates()
        && (g.close() + 1 >= regex.length() || "?*{".indexOf(regex.charAt(g.close() + 1)) < 0);
  }

  /** Where a group closes (-1: it does not), and whether it has a "|" of its own. */
  private record Group(int close, boolean alternates) {}

  /**
   * Reads the group opening at {@code open}, skipping escapes and character classes; with {@code
   * open} -1, the whole pattern as if it were one group.
   */
  private static Group group(String regex, int open) {
    int depth = open < 0 ? 1 : 0;
    boolean inClass = false;
    boolean alternates = false;
    for (int i = Math.max(open, 0); i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == '|' && depth == 1) {
        alternates = true;
      } else if (c == ')' && --depth == 0) {
        return new Group(i, alternates);
      }
    }
    return new Group(-1, alternates);
  }

  /**
   * False only when the value cannot match; true means "run the pattern".
   *
   * @param lower the value in lower case, computed once by the caller
   */
  public boolean mayMatch(String value, String lower) {
    if (text.isEmpty()) {
      return true;
    }
    return ignoreCase ? lower.contains(text) : value.contains(text);
  }

  /** Whether {@link #mayMatch} reads the value in lower case. */
  public boolean readsLowerCase() {
    return ignoreCase && !text.isEmpty();
  }

  public String text() {
    return text;
  }
}
