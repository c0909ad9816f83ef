package org.clearsite.attribution.knowledge;

/** How good the evidence for a brand-to-maker link is. */
public enum Strength {
  STRONG(0.95),
  MODERATE(0.85),
  WEAK(0.6);

  private final double weight;

  Strength(double weight) {
    this.weight = weight;
  }

  /** How much a brand name alone says about its maker. */
  public double weight() {
    return weight;
  }
}
