package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelReadingsTest {

  @Test
  void readsAModelAsTheRegularExpressionsDid() {
    Pattern lettersThenDigit = Pattern.compile("^([A-Za-z]{2,4})(\\d)");
    Pattern spaces = Pattern.compile("\\s+");
    Random random = new Random(4);
    String alphabet = "aDSzZ0129 -\t\n\u000B\f\r\u00a0\u2003\u00e9\u0661";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(ModelReadings.dashAfterPrefix(t))
          .as("'%s'", t)
          .isEqualTo(lettersThenDigit.matcher(t).replaceFirst("$1-$2"));
      assertThat(ModelReadings.dashesForSpaces(t))
          .as("'%s'", t)
          .isEqualTo(spaces.matcher(t.strip()).replaceAll("-"));
    }
  }

  @Test
  void triesEachOtherSpellingOnce() {
    assertThat(ModelReadings.of("ds2cd2347g2lu"))
        .containsExactly("DS2CD2347G2LU", "DS-2CD2347G2LU");
    assertThat(ModelReadings.of("DS 2CD2347G2 LU")).containsExactly("DS-2CD2347G2-LU");
    assertThat(ModelReadings.of("C800")).isEmpty();
  }
}
