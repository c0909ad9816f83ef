package org.clearsite.device;

/** Where a device stands on its way off a site. See {@link Lifecycle} for the allowed moves. */
public enum LifecycleState {
  IDENTIFIED,
  CONFIRMED,
  SCHEDULED,
  REMOVED,
  REPLACED,
  VERIFIED,
  EXEMPT;

  /** Still on its site: covered equipment in these states is what is left to remove. */
  public boolean onSite() {
    return this == IDENTIFIED || this == CONFIRMED || this == SCHEDULED;
  }
}
