package org.clearsite.site;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Which tier each reason puts a site in at least. The default follows the UK definition (any reason
 * makes a site sensitive); a department may raise a reason to {@code HIGHLY_SENSITIVE}.
 */
public final class SensitivityPolicy {

  private final Map<SensitivityReason, SensitivityTier> minimumTier;

  private SensitivityPolicy(Map<SensitivityReason, SensitivityTier> minimumTier) {
    this.minimumTier = Map.copyOf(minimumTier);
  }

  public static SensitivityPolicy ukDefault() {
    Map<SensitivityReason, SensitivityTier> tiers = new EnumMap<>(SensitivityReason.class);
    for (SensitivityReason reason : SensitivityReason.values()) {
      tiers.put(reason, SensitivityTier.SENSITIVE);
    }
    return new SensitivityPolicy(tiers);
  }

  /**
   * Reads overrides such as {@code SOCPA_PROTECTED=HIGHLY_SENSITIVE} on top of the UK default.
   *
   * @throws IllegalArgumentException naming the first key or value that is not known
   */
  public static SensitivityPolicy fromProperties(Properties properties) {
    Map<SensitivityReason, SensitivityTier> tiers = new EnumMap<>(ukDefault().minimumTier);
    for (String key : properties.stringPropertyNames()) {
      SensitivityReason reason = parse(SensitivityReason.class, key, "sensitivity reason");
      tiers.put(
          reason,
          parse(SensitivityTier.class, properties.getProperty(key).strip(), "sensitivity tier"));
    }
    return new SensitivityPolicy(tiers);
  }

  /** The tier a site has: what its register states, raised to what its reasons require. */
  public Sensitivity assess(SensitivityTier stated, Set<SensitivityReason> reasons) {
    SensitivityTier tier = stated == null ? SensitivityTier.STANDARD : stated;
    for (SensitivityReason reason : reasons) {
      tier = tier.atLeast(minimumTier.get(reason));
    }
    return new Sensitivity(tier, reasons);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + name + "' in sensitivity policy", e);
    }
  }
}
