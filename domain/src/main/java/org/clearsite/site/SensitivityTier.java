package org.clearsite.site;

/**
 * How sensitive a site is, lowest first. The UK calls a site sensitive when any {@link
 * SensitivityReason} applies; {@code HIGHLY_SENSITIVE} lets a department set a tighter removal
 * deadline for its most critical sites.
 */
public enum SensitivityTier {
  STANDARD,
  SENSITIVE,
  HIGHLY_SENSITIVE;

  public boolean isSensitive() {
    return this != STANDARD;
  }

  public SensitivityTier atLeast(SensitivityTier other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
