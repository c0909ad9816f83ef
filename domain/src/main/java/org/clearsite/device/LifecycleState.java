package org.clearsite.device;

/** Where a device stands on its way off a site. See {@link Lifecycle} for the allowed moves. */
public enum LifecycleState {
  IDENTIFIED,
  CONFIRMED,
  SCHEDULED,
  REMOVED,
  REPLACED,
  VERIFIED,
  EXEMPT
}
