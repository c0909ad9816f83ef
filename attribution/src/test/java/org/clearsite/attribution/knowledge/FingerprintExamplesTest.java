package org.clearsite.attribution.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.Evidence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in the bundled fingerprints is a test: it matches, no earlier rule on the same
 * field takes it first, and the engine reports what the rule says it yields. Every counter-example
 * does not match.
 */
class FingerprintExamplesTest {

  private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.bundled();
  private static final AttributionEngine ENGINE = new AttributionEngine(KNOWLEDGE);

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Fingerprint> all = KNOWLEDGE.fingerprints();
    for (int i = 0; i < all.size(); i++) {
      Fingerprint rule = all.get(i);
      List<Fingerprint> earlier = all.subList(0, i);
      for (String example : rule.examples()) {
        tests.add(
            dynamicTest(
                rule.id() + " matches " + example,
                () -> {
                  assertThat(rule.pattern().matcher(example).find())
                      .as("%s (%s) matches '%s'", rule.id(), rule.provenance().where(), example)
                      .isTrue();
                  for (Fingerprint before : earlier) {
                    if (before.field().equals(rule.field())) {
                      assertThat(before.pattern().matcher(example).find())
                          .as("earlier rule %s shadows %s on '%s'", before.id(), rule.id(), example)
                          .isFalse();
                    }
                  }
                  yieldsWhatItSays(rule, example);
                }));
      }
      for (String counter : rule.counterExamples()) {
        tests.add(
            dynamicTest(
                rule.id() + " does not match " + counter,
                () ->
                    assertThat(rule.pattern().matcher(counter).find())
                        .as(
                            "%s (%s) must not match '%s'",
                            rule.id(), rule.provenance().where(), counter)
                        .isFalse()));
      }
    }
    return tests.stream();
  }

  private static void yieldsWhatItSays(Fingerprint rule, String example) {
    Attribution a = ENGINE.attribute(Map.of(rule.field(), example));
    Evidence evidence =
        a.evidence().stream()
            .filter(e -> e.rule().equals("fingerprint:" + rule.id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rule.id() + " gave no evidence for " + example));
    for (Map.Entry<String, String> y : rule.yields().entrySet()) {
      if (!y.getValue().contains("$")) {
        assertThat(evidence.indicates()).contains(y.getKey() + "=" + y.getValue());
      }
    }
    if (rule.yields().containsKey("maker")) {
      assertThat(evidence.weight()).isEqualTo(rule.certainty());
    }
  }
}
