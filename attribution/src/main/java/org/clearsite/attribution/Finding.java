package org.clearsite.attribution;

/**
 * What one regime says of one device.
 *
 * @param covered true or false, or null when it cannot be decided
 * @param rule what decided it, e.g. {@code determination:hikvision} or {@code maker unknown}
 */
public record Finding(Boolean covered, String verdict, String rule) {

  static Finding unknown(String rule) {
    return new Finding(null, "unknown", rule);
  }
}
