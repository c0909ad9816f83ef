package org.clearsite.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The fingerprints on one field, in knowledge base order, sorted once by the first character a
 * value must have for each to match: a value is offered only to the rules that can match it,
 * without asking every rule in turn.
 */
final class FieldRules {

  /** Index of the rules for values that begin with any character outside ASCII. */
  private static final int NON_ASCII = 128;

  private final List<FingerprintRule> all;
  private final List<List<FingerprintRule>> byFirstChar = new ArrayList<>(NON_ASCII + 1);

  FieldRules(List<FingerprintRule> rules) {
    this.all = List.copyOf(rules);
    for (int c = 0; c <= NON_ASCII; c++) {
      String opening = String.valueOf((char) c);
      byFirstChar.add(all.stream().filter(r -> r.firstChars().mayMatch(opening)).toList());
    }
  }

  /** The rules whose opening allows this value, in order; the others cannot match it. */
  List<FingerprintRule> mayMatch(String value) {
    if (value.isEmpty()) {
      return all;
    }
    char first = value.charAt(0);
    return byFirstChar.get(first < NON_ASCII ? first : NON_ASCII);
  }
}
