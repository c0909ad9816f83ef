package org.clearsite.attribution.knowledge;

/** How good the evidence for a brand-to-maker link is. */
public enum Strength {
  STRONG(0.95),
  MODERATE(0.85),
  WEAK(0.6),
  /**
   * Said by one party and not established, or contradicted for some of the brand's products: shown
   * as evidence, but never enough on its own to name a maker.
   */
  CLAIM(0.3);

  private final double weight;

  Strength(double weight) {
    this.weight = weight;
  }

  /** How much a brand name alone says about its maker. */
  public double weight() {
    return weight;
  }
}
