package org.clearsite.attribution.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pattern on one observed field and what a match means (Recog-style), with proof by example.
 *
 * @param yields any of maker, brand, model, device_type, firmware; values may use $1, $2...
 * @param certainty how often a match really means this, in [0,1]
 */
public record Fingerprint(
    String id,
    String field,
    Pattern pattern,
    Map<String, String> yields,
    double certainty,
    List<String> examples,
    List<String> counterExamples,
    Provenance provenance) {

  public Fingerprint {
    // In file order: Map.copyOf's order changes from run to run, and it shows in the evidence.
    yields = Collections.unmodifiableMap(new LinkedHashMap<>(yields));
    examples = List.copyOf(examples);
    counterExamples = List.copyOf(counterExamples);
  }
}
