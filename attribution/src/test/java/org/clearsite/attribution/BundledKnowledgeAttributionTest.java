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

  @Test
  void aBrandNamedTwiceIsOneWitness() {
    // Undated, a Lorex link to Dahua counts for less than an answer needs; naming the brand again
    // in the description is the same reading, not a second witness.
    Attribution lorex =
        ENGINE.attribute(Map.of("make", "Lorex", "description", "Lorex 2K Video Doorbell"));

    assertThat(lorex.maker()).isNull();
    assertThat(lorex.evidence()).hasSize(2);
  }

  @Test
  void theDescriptionGivesTheDeviceTypeWhenNoneIsRecorded() {
    Attribution radio =
        ENGINE.attribute(Map.of("make", "Hytera", "model", "P60", "description", "radio"));
    Attribution typed =
        ENGINE.attribute(
            Map.of("make", "Hytera", "description", "radio", "device_type", "body camera"));

    assertThat(radio.deviceType()).isEqualTo("other");
    assertThat(radio.regimes().get("uk-sensitive-sites").covered()).isFalse();
    assertThat(typed.deviceType()).isEqualTo("camera");
  }

  @Test
  void theModelRulesReadTheModelADeviceReportsOverOnvif() {
    // No onvif_model rule knows Dahua's TPC thermal series; the model rules do.
    Attribution thermal = ENGINE.attribute(Map.of("onvif_model", "TPC-BF2221P-B3F4"));

    assertThat(thermal.maker()).isEqualTo("Dahua");
    assertThat(thermal.evidence())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("onvif_model");
          assertThat(e.rule()).isEqualTo("fingerprint:dahua-model-thermal-tpc");
        });
  }
}
