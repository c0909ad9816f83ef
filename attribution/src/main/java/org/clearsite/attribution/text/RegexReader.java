package org.clearsite.attribution.text;

/**
 * Reads the common part of Java's regular expression syntax far enough to say which characters a
 * match can begin with. Anything it does not know for certain (lookaround, named groups, inline
 * flags, negated or nested classes, back references, most escapes) is {@link Unsupported}, so that
 * the caller falls back to running the pattern.
 */
final class RegexReader {

  /** The pattern uses syntax this reader does not follow. */
  static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Characters that may open a match, and whether the match may be empty. */
  record Opening(CharSet chars, boolean canBeEmpty) {}

  /** A set of characters: each ASCII one by itself, every other one together. */
  static final class CharSet {
    private final boolean[] ascii = new boolean[128];
    private boolean nonAscii;

    boolean[] ascii() {
      return ascii.clone();
    }

    boolean nonAscii() {
      return nonAscii;
    }

    void add(char c, boolean ignoreCase) {
      addRange(c, c, ignoreCase);
    }

    void addRange(char from, char to, boolean ignoreCase) {
      for (int c = from; c <= to && c < 128; c++) {
        ascii[c] = true;
        if (ignoreCase) {
          ascii[Character.toLowerCase(c)] = true;
          ascii[Character.toUpperCase(c)] = true;
        }
      }
      if (to >= 128) {
        nonAscii = true;
      }
    }

    void addAll(CharSet other) {
      for (int c = 0; c < 128; c++) {
        ascii[c] |= other.ascii[c];
      }
      nonAscii |= other.nonAscii;
    }

    static CharSet everything() {
      CharSet all = new CharSet();
      all.addRange((char) 0, Character.MAX_VALUE, false);
      return all;
    }
  }

  private final String regex;
  private final boolean ignoreCase;
  private int pos;

  RegexReader(String regex, int start, boolean ignoreCase) {
    this.regex = regex;
    this.pos = start;
    this.ignoreCase = ignoreCase;
  }

  /** The opening of everything from the start position to the end, which has no top-level "|". */
  Opening whole() throws Unsupported {
    Opening opening = sequence();
    if (pos != regex.length()) {
      throw new Unsupported(); // a top-level "|": the other choices are not anchored
    }
    return opening;
  }

  private Opening alternation() throws Unsupported {
    Opening first = sequence();
    CharSet chars = first.chars();
    boolean canBeEmpty = first.canBeEmpty();
    while (peek() == '|') {
      pos++;
      Opening next = sequence();
      chars.addAll(next.chars());
      canBeEmpty |= next.canBeEmpty();
    }
    return new Opening(chars, canBeEmpty);
  }

  private Opening sequence() throws Unsupported {
    CharSet chars = new CharSet();
    boolean canBeEmpty = true;
    while (pos < regex.length() && peek() != ')' && peek() != '|') {
      Opening atom = atom();
      boolean optional = quantifier();
      if (canBeEmpty) {
        chars.addAll(atom.chars());
        canBeEmpty = atom.canBeEmpty() || optional;
      }
    }
    return new Opening(chars, canBeEmpty);
  }

  private Opening atom() throws Unsupported {
    char c = next();
    switch (c) {
      case '(' -> {
        if (peek() == '?') {
          if (pos + 1 < regex.length() && regex.charAt(pos + 1) == ':') {
            pos += 2;
          } else {
            throw new Unsupported();
          }
        }
        Opening inner = alternation();
        if (next() != ')') {
          throw new Unsupported();
        }
        return inner;
      }
      case '[' -> {
        return new Opening(charClass(), false);
      }
      case '\\' -> {
        return escape();
      }
      case '.' -> {
        return new Opening(CharSet.everything(), false);
      }
      case '$' -> {
        return new Opening(new CharSet(), true); // matches no character
      }
      case '^', '*', '+', '?', '{' -> throw new Unsupported();
      default -> {
        return literal(c);
      }
    }
  }

  /** Reads a quantifier if there is one; true when it allows no repetition at all. */
  private boolean quantifier() throws Unsupported {
    char c = peek();
    boolean optional;
    if (c == '?' || c == '*') {
      pos++;
      optional = true;
    } else if (c == '+') {
      pos++;
      optional = false;
    } else if (c == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Unsupported();
      }
      String bounds = regex.substring(pos + 1, close);
      String least = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
      if (least.isEmpty() || !least.chars().allMatch(Character::isDigit)) {
        throw new Unsupported();
      }
      pos = close + 1;
      optional = Integer.parseInt(least) == 0;
    } else {
      return false;
    }
    if (peek() == '?' || peek() == '+') {
      pos++; // lazy or possessive: the same characters
    }
    return optional;
  }

  private Opening escape() throws Unsupported {
    char c = next();
    if ("bBAzZ".indexOf(c) >= 0) {
      return new Opening(new CharSet(), true); // boundaries match no character
    }
    CharSet predefined = predefined(c);
    return predefined != null ? new Opening(predefined, false) : literal(escapedChar(c));
  }

  /** The classes {@code \d}, {@code \s} and {@code \w}; null for any other letter. */
  private static CharSet predefined(char letter) {
    CharSet chars = new CharSet();
    switch (letter) {
      case 'd' -> chars.addRange('0', '9', false);
      case 's' -> {
        for (char s : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
          chars.add(s, false);
        }
      }
      case 'w' -> {
        chars.addRange('a', 'z', false);
        chars.addRange('A', 'Z', false);
        chars.addRange('0', '9', false);
        chars.add('_', false);
      }
      default -> {
        return null;
      }
    }
    return chars;
  }

  /** The one character an escape such as {@code \.}, {@code \t} or a hex escape stands for. */
  private char escapedChar(char c) throws Unsupported {
    return switch (c) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'a' -> '\u0007';
      case 'e' -> '\u001B';
      case 'u' -> hex(4);
      case 'x' -> hex(2);
      default -> {
        if (Character.isLetterOrDigit(c) || c >= 128) {
          throw new Unsupported(); // classes, back references, quoting: not followed here
        }
        yield c;
      }
    };
  }

  private char hex(int digits) throws Unsupported {
    if (pos + digits > regex.length()) {
      throw new Unsupported();
    }
    String hex = regex.substring(pos, pos + digits);
    if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
      throw new Unsupported();
    }
    pos += digits;
    return (char) Integer.parseInt(hex, 16);
  }

  private CharSet charClass() throws Unsupported {
    CharSet chars = new CharSet();
    if (peek() == '^' || peek() == ']') {
      throw new Unsupported();
    }
    while (true) {
      char c = next();
      if (c == ']') {
        return chars;
      }
      if (c == '[' || (c == '&' && peek() == '&')) {
        throw new Unsupported();
      }
      char from;
      if (c == '\\') {
        char e = next();
        CharSet predefined = predefined(e);
        if (predefined != null) {
          chars.addAll(predefined);
          continue;
        }
        from = escapedChar(e);
      } else {
        from = c;
      }
      if (peek() == '-' && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
        pos++;
        char to = next();
        if (to == '[') {
          throw new Unsupported();
        }
        if (to == '\\') {
          to = escapedChar(next());
        }
        chars.addRange(from, to, ignoreCase);
      } else {
        chars.add(from, ignoreCase);
      }
    }
  }

  private Opening literal(char c) {
    CharSet chars = new CharSet();
    chars.add(c, ignoreCase);
    return new Opening(chars, false);
  }

  private char peek() {
    return pos < regex.length() ? regex.charAt(pos) : '\0';
  }

  private char next() throws Unsupported {
    if (pos >= regex.length()) {
      throw new Unsupported();
    }
    return regex.charAt(pos++);
  }
}
