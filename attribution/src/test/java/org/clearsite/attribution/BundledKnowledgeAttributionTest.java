package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

/** The engine on the knowledge base Clearsite ships, for rules that need its real names. */
class BundledKnowledgeAttributionTest {

  private static final AttributionEngine ENGINE = new AttributionEngine(KnowledgeLoader.bundled());

  @Test
  void twoSlipsAreForgivenOnlyWhenTheNameOpensTheSameWay() {
    assertThat(ENGINE.attribute(Map.of("make", "Hickvison")).maker()).isEqualTo("Hikvision");
    assertThat(ENGINE.attribute(Map.of("make", "HANKVISION")).maker()).isNull();
  }

  @Test
  void aRadioOfAMakerOfCamerasAndRadiosIsNotCoveredEquipment() {
    Attribution radio = ENGINE.attribute(Map.of("make", "Hytera", "model", "PD-685"));

    assertThat(radio.maker()).isEqualTo("Hytera");
    assertThat(radio.deviceType()).isEqualTo("other");
    assertThat(radio.regimes().get("uk-sensitive-sites").covered()).isFalse();
  }
}
