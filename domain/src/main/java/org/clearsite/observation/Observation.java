package org.clearsite.observation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearsite.identity.ExternalId;

/**
 * One sighting of a device: where it came from, when, and the raw fields exactly as seen, so that
 * any later conclusion can be traced back to what was actually recorded.
 *
 * @param reference where in the source: a file and line, a scan target
 */
public record Observation(
    ExternalId id,
    ObservationSource source,
    Instant observedAt,
    String reference,
    Map<String, String> rawFields) {

  public Observation {
    rawFields = Collections.unmodifiableMap(new LinkedHashMap<>(rawFields));
  }
}
