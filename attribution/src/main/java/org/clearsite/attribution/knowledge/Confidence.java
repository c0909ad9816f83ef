package org.clearsite.attribution.knowledge;

/** How far a fact can be trusted: the reference notes' [H], [M] and [L]. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW
}
