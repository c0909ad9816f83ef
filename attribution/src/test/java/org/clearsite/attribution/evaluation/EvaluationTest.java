package org.clearsite.attribution.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.Fixture;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private final AttributionEngine engine = new AttributionEngine(Fixture.knowledge());

  @Test
  void theWilsonIntervalMatchesItsTextbookValues() {
    double[] allTen = Evaluation.wilson(10, 10);
    double[] half = Evaluation.wilson(50, 100);

    assertThat(allTen[0]).isCloseTo(0.722, within(0.001));
    assertThat(allTen[1]).isEqualTo(1.0);
    assertThat(half[0]).isCloseTo(0.404, within(0.001));
    assertThat(half[1]).isCloseTo(0.596, within(0.001));
  }

  @Test
  void aDecileIsMarkedByWhetherItFitsAndWhetherItHasEnoughAnswersToTell() {
    Evaluation evaluation = new Evaluation();
    Attribution sure = engine.attribute(Map.of("make", "Hikvision", "model", "DS-2CD2143G0-I"));
    for (int i = 0; i < 40; i++) {
      evaluation.add(
          new Labelled("r" + i, i < 20 ? "Hikvision" : "Axis", true, "held_out"), sure, true);
    }

    assertThat(sure.confidence()).isGreaterThan(0.9);
    assertThat(evaluation.calibration())
        .singleElement()
        .asString()
        .startsWith("  0.9-1.0     40")
        .endsWith("no");
    assertThat(evaluation.makerAccuracy()).isEqualTo(0.5);
  }

  @Test
  void aDecileWhoseShareRightIsItsConfidenceFits() {
    Evaluation evaluation = new Evaluation();
    Attribution sure = engine.attribute(Map.of("make", "Hikvision", "model", "DS-2CD2143G0-I"));
    for (int i = 0; i < 20; i++) {
      evaluation.add(new Labelled("r" + i, "Hikvision", true, "held_out"), sure, true);
    }

    assertThat(evaluation.calibration()).singleElement().asString().endsWith("yes");
  }
}
