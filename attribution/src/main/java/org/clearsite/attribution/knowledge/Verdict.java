package org.clearsite.attribution.knowledge;

/** What a regime says of an organisation's equipment. */
public enum Verdict {
  COVERED,
  NOT_COVERED,
  UNDER_REVIEW;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
