package org.clearsite.attribution;

import java.util.List;
import java.util.Map;

/**
 * Who made a device and whether regimes cover it.
 *
 * @param maker the canonical short name of the real maker, or null when the evidence is too thin
 * @param makerId its knowledge base id, or null
 * @param confidence in [0,1]: of answers given with confidence about c, about c are right
 * @param equipment regime id to the regime's equipment test for this device, whatever site it is
 *     on, in knowledge base order
 * @param regimes regime id to finding where the site is known too: a regime limited to sensitive
 *     sites does not apply to a device on a standard one; the same as {@code equipment} otherwise
 * @param conflicts evidence that points elsewhere than the answer
 */
public record Attribution(
    String maker,
    String makerId,
    String brand,
    String model,
    String deviceType,
    double confidence,
    Map<String, Finding> equipment,
    Map<String, Finding> regimes,
    List<Evidence> evidence,
    List<String> conflicts) {

  /** Whether the regime's equipment test covers this device: true, false or null (unknown). */
  public Boolean covered(String regime) {
    Finding finding = equipment.get(regime);
    return finding == null ? null : finding.covered();
  }

  public Attribution {
    boolean siteChangesNothing = regimes == equipment;
    equipment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(equipment));
    regimes =
        siteChangesNothing
            ? equipment
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regimes));
    evidence = List.copyOf(evidence);
    conflicts = List.copyOf(conflicts);
  }
}
