package org.clearsite.observation;

/** How something came to be known about a device. */
public enum ObservationSource {
  REGISTER_IMPORT,
  SCAN,
  INSPECTION
}
