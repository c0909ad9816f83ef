package org.clearsite.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearsite.attribution.knowledge.Brand;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.Organisation;

/**
 * Every name, alias and brand the knowledge base knows, by a key that ignores case, spaces and
 * punctuation, so that "Hik Vision", "HIKVISION" and "Hik-vision" meet; near misses ("Hikvison")
 * are found by edit distance.
 */
final class NameIndex {

  /**
   * What a name stands for: an organisation, or a brand with its links to real makers (one per
   * period when the maker changed); and the rule evidence from it cites.
   */
  record Named(String name, String organisation, List<Brand> brands, String rule) {

    Named(String name, String organisation, List<Brand> brands) {
      this(name, organisation, brands, (brands.isEmpty() ? "organisation:" : "brand:") + key(name));
    }

    Brand brand() {
      return brands.isEmpty() ? null : brands.get(0);
    }
  }

  private final Map<String, Named> byKey = new HashMap<>();

  /** Names of five letters or more, by length: a slip changes the length by two at most. */
  private final Map<Integer, List<String>> fuzzyKeys = new HashMap<>();

  NameIndex(KnowledgeBase knowledge) {
    // Brands first: "Amcrest" on a camera means a Dahua-made Amcrest, even though Amcrest is also
    // a company in its own right.
    Map<String, List<Brand>> periods = new java.util.LinkedHashMap<>();
    for (Brand b : knowledge.brands()) {
      periods.computeIfAbsent(key(b.brand()), k -> new ArrayList<>()).add(b);
    }
    for (List<Brand> links : periods.values()) {
      Brand first = links.get(0);
      Named named = new Named(first.brand(), first.maker(), List.copyOf(links));
      add(first.brand(), named);
      links.forEach(b -> b.aliases().forEach(n -> add(n, named)));
    }
    for (Organisation o : knowledge.organisations().values()) {
      Named named = new Named(o.name(), o.id(), List.of());
      add(o.name(), named);
      o.legalNames().forEach(n -> add(n, named));
      o.aliases().forEach(n -> add(n, named));
    }
    byKey.keySet().stream()
        .filter(k -> k.length() >= 5)
        .forEach(k -> fuzzyKeys.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
  }

  private void add(String name, Named named) {
    String key = key(name);
    if (!key.isEmpty()) {
      byKey.putIfAbsent(key, named);
    }
  }

  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** A match and whether it needed a spelling correction. */
  record Match(Named named, String text, boolean exact) {}

  /**
   * The longest run of up to four words in {@code text} that is a known name; with {@code fuzzy}, a
   * one-letter slip is forgiven in names of five letters or more (two in names of nine or more).
   */
  Match find(String text, boolean fuzzy) {
    String[] words = words(text);
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = key(words[i]);
    }
    for (int size = Math.min(4, words.length); size >= 1; size--) {
      for (int start = 0; start + size <= words.length; start++) {
        Named exact = byKey.get(phraseKey(keys, start, size));
        if (exact != null) {
          return new Match(exact, phrase(words, start, size), true);
        }
      }
    }
    if (!fuzzy) {
      return null;
    }
    for (int size = Math.min(4, words.length); size >= 1; size--) {
      for (int start = 0; start + size <= words.length; start++) {
        String key = phraseKey(keys, start, size);
        if (key.length() < 5 || key.length() > 40) {
          continue;
        }
        for (int length = key.length() - 2; length <= key.length() + 2; length++) {
          for (String known : fuzzyKeys.getOrDefault(length, List.of())) {
            int allowed = known.length() >= 9 ? 2 : 1;
            if (Math.abs(known.length() - key.length()) <= allowed
                && nearMiss(key, known, allowed)) {
              return new Match(byKey.get(known), phrase(words, start, size), false);
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The text split at runs of spaces and {@code ,;/()[]}, as {@code String.split} would split it:
   * an empty first word when the text opens with a break, no empty words at the end.
   */
  static String[] words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (isBreak(text.charAt(i))) {
        words.add(text.substring(start, i));
        while (i < text.length() && isBreak(text.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    if (words.isEmpty()) {
      return new String[] {text}; // no break at all, even in an empty text
    }
    words.add(text.substring(start));
    int size = words.size();
    while (size > 0 && words.get(size - 1).isEmpty()) {
      size--;
    }
    return words.subList(0, size).toArray(new String[0]);
  }

  private static boolean isBreak(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', '/', '(', ')', '[', ']' -> true;
      default -> false;
    };
  }

  /** The key of words joined: a key drops the spaces between them anyway. */
  private static String phraseKey(String[] keys, int start, int size) {
    if (size == 1) {
      return keys[start];
    }
    StringBuilder key = new StringBuilder();
    for (int i = start; i < start + size; i++) {
      key.append(keys[i]);
    }
    return key.toString();
  }

  private static String phrase(String[] words, int start, int size) {
    return String.join(" ", Arrays.copyOfRange(words, start, start + size));
  }

  /**
   * A slip of one edit anywhere, or of two when the first two letters agree: a name that differs in
   * its first two letters ("Hankvision") is more likely another company's than a typo of
   * "Hikvision".
   */
  private static boolean nearMiss(String key, String known, int allowed) {
    int edits = distance(key, known, allowed);
    return edits <= 1 || (edits <= allowed && key.regionMatches(0, known, 0, 2));
  }

  /** Optimal string alignment distance, giving up once it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    // Three rows of the table are all the recurrence reads: two back for a transposition.
    int[] beforeLast = new int[b.length() + 1];
    int[] last = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      last[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int rowBest = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, beforeLast[j - 2] + 1);
        }
        row[j] = v;
        rowBest = Math.min(rowBest, v);
      }
      if (rowBest > limit) {
        return limit + 1;
      }
      int[] spare = beforeLast;
      beforeLast = last;
      last = row;
      row = spare;
    }
    return last[b.length()];
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
