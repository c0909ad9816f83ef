package org.clearsite.review;

/** What a reviewer decided about a device's attribution. */
public enum ReviewOutcome {
  /** The maker the evidence points to is right. */
  CONFIRMED,
  /** The evidence is wrong or thin: the reviewer names the maker. */
  OVERRIDDEN
}
