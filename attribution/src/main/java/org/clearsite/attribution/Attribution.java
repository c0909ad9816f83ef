package org.clearsite.attribution;

import java.util.List;
import java.util.Map;

/**
 * Who made a device and whether regimes cover it.
 *
 * @param maker the canonical short name of the real maker, or null when the evidence is too thin
 * @param makerId its knowledge base id, or null
 * @param confidence in [0,1]: of answers given with confidence about c, about c are right
 * @param regimes regime id to finding, in knowledge base order
 * @param conflicts evidence that points elsewhere than the answer
 */
public record Attribution(
    String maker,
    String makerId,
    String brand,
    String model,
    String deviceType,
    double confidence,
    Map<String, Finding> regimes,
    List<Evidence> evidence,
    List<String> conflicts) {

  public Attribution {
    regimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regimes));
    evidence = List.copyOf(evidence);
    conflicts = List.copyOf(conflicts);
  }
}
