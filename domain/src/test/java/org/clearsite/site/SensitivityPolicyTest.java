package org.clearsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitivityPolicyTest {

  @Test
  void underTheUkDefinitionAnyReasonMakesASiteSensitive() {
    Sensitivity s =
        SensitivityPolicy.ukDefault()
            .assess(SensitivityTier.STANDARD, Set.of(SensitivityReason.MINISTERIAL_USE));
    assertThat(s.tier()).isEqualTo(SensitivityTier.SENSITIVE);
    assertThat(s.reasons()).containsExactly(SensitivityReason.MINISTERIAL_USE);
  }

  @Test
  void aStatedTierIsNeverLowered() {
    assertThat(
            SensitivityPolicy.ukDefault()
                .assess(SensitivityTier.HIGHLY_SENSITIVE, Set.of(SensitivityReason.SECRET_MATERIAL))
                .tier())
        .isEqualTo(SensitivityTier.HIGHLY_SENSITIVE);
  }

  @Test
  void aDepartmentMayRaiseAReason() {
    Properties overrides = new Properties();
    overrides.setProperty("SOCPA_PROTECTED", "HIGHLY_SENSITIVE");
    assertThat(
            SensitivityPolicy.fromProperties(overrides)
                .assess(null, Set.of(SensitivityReason.SOCPA_PROTECTED))
                .tier())
        .isEqualTo(SensitivityTier.HIGHLY_SENSITIVE);
  }

  @Test
  void anUnknownReasonInThePolicyIsNamed() {
    Properties overrides = new Properties();
    overrides.setProperty("NEAR_A_RIVER", "SENSITIVE");
    assertThatThrownBy(() -> SensitivityPolicy.fromProperties(overrides))
        .hasMessageContaining("unknown sensitivity reason 'NEAR_A_RIVER'");
  }
}
