package org.clearsite.attribution.knowledge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearsite.attribution.text.BoundedText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No bundled pattern backtracks catastrophically. Work is counted in characters read, not in
 * seconds, so the test means the same on any machine: a safe pattern reads each character of a
 * hostile value a bounded number of times.
 */
class PatternSafetyTest {

  private static final int READS_PER_CHAR = 200;

  @Test
  void theGuardStopsAPatternThatWouldRunForAges() {
    // The JDK now remembers its way out of simple cases such as (a+)+b; this one still explodes.
    Pattern evil = Pattern.compile("(x+x+)+y");
    BoundedText text = BoundedText.of("x".repeat(40), READS_PER_CHAR);

    assertThatThrownBy(() -> evil.matcher(text).find()).isInstanceOf(BoundedText.Exhausted.class);
  }

  @TestFactory
  Stream<DynamicTest> everyPatternReadsHostileTextInBoundedWork() {
    KnowledgeBase kb = KnowledgeLoader.bundled();
    List<DynamicTest> tests = new ArrayList<>();
    for (Fingerprint f : kb.fingerprints()) {
      tests.add(dynamicTest(f.id(), () -> survives(f.pattern(), f.examples())));
    }
    for (Brand b : kb.brands()) {
      if (b.models() != null) {
        tests.add(dynamicTest("brand " + b.brand(), () -> survives(b.models(), List.of("A1"))));
      }
    }
    return tests.stream();
  }

  private static void survives(Pattern pattern, List<String> examples) {
    for (String hostile : hostile(examples)) {
      assertThatCode(() -> pattern.matcher(BoundedText.of(hostile, READS_PER_CHAR)).find())
          .as("%s on %d characters", pattern, hostile.length())
          .doesNotThrowAnyException();
    }
  }

  /** Long runs of one character, of an example, and of an example's pieces without its end. */
  private static List<String> hostile(List<String> examples) {
    List<String> texts = new ArrayList<>();
    for (String run : new String[] {"a", "A", "9", "-", " ", ".", "/", "aA1-_ ./:"}) {
      texts.add(run.repeat(4096 / run.length()));
    }
    for (String example : examples) {
      if (!example.isEmpty()) {
        texts.add(example.repeat(Math.max(1, 4096 / example.length())));
        String head = example.substring(0, Math.max(1, example.length() - 1));
        texts.add(head.repeat(Math.max(1, 4096 / head.length())) + "\u0000");
      }
    }
    return texts;
  }
}
