package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  @Test
  void splitsWordsAsStringSplitDoes() {
    Pattern breaks = Pattern.compile("[\\s,;/()\\[\\]]+");
    Random random = new Random(1);
    String alphabet = "ab ,;/()[]\t\n\u000B\f\r-.\u00a0";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(NameIndex.words(text.toString()))
          .as("'%s'", text)
          .containsExactly(breaks.split(text));
    }
  }

  @Test
  void distanceAgreesWithTheFullTable() {
    Random random = new Random(2);
    for (int n = 0; n < 20_000; n++) {
      String a = randomWord(random);
      String b = randomWord(random);
      int limit = 1 + random.nextInt(2);
      assertThat(NameIndex.distance(a, b, limit))
          .as("%s %s", a, b)
          .isEqualTo(fullTableDistance(a, b, limit));
    }
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(9); i > 0; i--) {
      word.append("abcd".charAt(random.nextInt(4)));
    }
    return word.toString();
  }

  /** The distance as first written, over the whole table, giving up at the same point. */
  private static int fullTableDistance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowBest = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowBest = Math.min(rowBest, v);
      }
      if (rowBest > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
