package org.clearsite.attribution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearsite.attribution.knowledge.Fingerprint;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class FirstCharsTest {

  private static FirstChars of(String regex) {
    return FirstChars.of(Pattern.compile(regex));
  }

  @Test
  void readsWhatAnAnchoredPatternBeginsWith() {
    FirstChars models = of("(?i)^(?:FD|IB|IP)[0-9]{4}-");
    assertThat(models.mayMatch("fd9389-HV")).isTrue();
    assertThat(models.mayMatch("IP5M")).isTrue();
    assertThat(models.mayMatch("XNV-8080R")).isFalse();
    assertThat(models.mayMatch("\u0130P9389-")).isFalse(); // (?i) folds ASCII only

    FirstChars axis = of("(?i)^(?:AXIS\\s)?([MPQ][0-9]{4})\\b");
    assertThat(axis.mayMatch("axis P3245")).isTrue();
    assertThat(axis.mayMatch("q1615")).isTrue();
    assertThat(axis.mayMatch("cam-5")).isFalse();

    assertThat(of("^V?([0-9]\\.[0-9]{3})").mayMatch("5.400")).isTrue();
    assertThat(of("^V?([0-9]\\.[0-9]{3})").mayMatch("v5.400")).isFalse(); // case counts
    assertThat(of("^(?:\\uFEFF|\\xEF)<!DOCTYPE").mayMatch("\uFEFF<!DOCTYPE")).isTrue();
    assertThat(of("^(?:\\uFEFF|\\xEF)<!DOCTYPE").mayMatch("<!DOCTYPE")).isFalse();
  }

  @Test
  void letsEverythingThroughWhenItCannotTell() {
    for (String regex :
        new String[] {
          "(?i)\\bDS-?2CD", // not anchored
          "^a|^b", // the second choice is anchored on its own
          "(?m)^192", // anchored at every line
          "^(?=x)x", // lookahead
          "^[^a]", // negated class
          "^a?$", // may match an empty value
          "^\\p{L}x", // a class by name
          "^(?<n>x)", // a named group
        }) {
      assertThat(of(regex).filters()).as(regex).isFalse();
    }
  }

  /** The filter must never hide a match: random values against the bundled rules' patterns. */
  @TestFactory
  Stream<DynamicTest> neverHidesAMatchOfTheBundledRules() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Fingerprint f : KnowledgeLoader.bundled().fingerprints()) {
      tests.add(dynamicTest(f.id(), () -> neverHides(f.pattern(), f.examples())));
    }
    return tests.stream();
  }

  @Test
  void neverHidesAMatchOfOtherPatterns() {
    for (String regex :
        new String[] {
          "(?i)^[a-c0-2_]+x",
          "^(?:x*|y)z",
          "^\\s*\\d",
          "^[\\w.-]{2}",
          "(?i)^\\x41\\u0062",
          "^(?:)a",
          "^\\bq",
          "^a{0,2}b",
          "^(?:a|b?)c",
          "^[-a]",
          "^[a-]",
          "^.x"
        }) {
      neverHides(Pattern.compile(regex), List.of("a", "ab", "Ab", "z", "x", "0x"));
    }
  }

  private static void neverHides(Pattern pattern, List<String> examples) {
    FirstChars first = FirstChars.of(pattern);
    Random random = new Random(pattern.pattern().hashCode());
    String alphabet = "aAbBcCdDfFiIkKmMnNpPqQsSvVwWxXzZ0129 -_./:<\t\u00e9\u0130\u212a\uFEFF";
    List<String> values = new ArrayList<>(examples);
    for (int i = 0; i < 3000; i++) {
      StringBuilder value = new StringBuilder();
      if (i % 2 == 0 && !examples.isEmpty()) {
        value.append(examples.get(random.nextInt(examples.size())));
        value.setCharAt(0, alphabet.charAt(random.nextInt(alphabet.length())));
      } else {
        for (int n = random.nextInt(8); n >= 0; n--) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      values.add(value.toString());
    }
    for (String value : values) {
      if (pattern.matcher(value).find()) {
        assertThat(first.mayMatch(value)).as("%s on '%s'", pattern, value).isTrue();
      }
    }
  }
}
