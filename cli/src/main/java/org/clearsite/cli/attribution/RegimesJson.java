package org.clearsite.cli.attribution;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.attribution.Finding;

/**
 * The {@code regimes} and {@code regime_rules} members of an answer. Nearly every answer carries
 * one of a few dozen sets of findings, so each set is encoded once and then copied as bytes.
 */
final class RegimesJson {

  private RegimesJson() {}

  private static final Map<Map<String, Finding>, byte[]> ENCODED = new ConcurrentHashMap<>();

  private static final int MAX_ENCODED = 1_000;

  /** Both members, each with the comma before it: verdict by regime, and rule by regime. */
  static byte[] encoded(Map<String, Finding> findings) {
    byte[] known = ENCODED.get(findings);
    if (known == null) {
      JsonBytes out = new JsonBytes(256);
      out.raw(JsonBytes.encoded(",\"regimes\":"));
      object(out, findings, true);
      out.raw(JsonBytes.encoded(",\"regime_rules\":"));
      object(out, findings, false);
      known = Arrays.copyOf(out.array(), out.size());
      if (ENCODED.size() < MAX_ENCODED) {
        ENCODED.putIfAbsent(findings, known);
      }
    }
    return known;
  }

  private static void object(JsonBytes out, Map<String, Finding> findings, boolean verdicts) {
    out.raw('{');
    boolean first = true;
    for (Map.Entry<String, Finding> f : findings.entrySet()) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      out.string(f.getKey()).raw(':');
      out.string(verdicts ? f.getValue().verdict() : f.getValue().rule());
    }
    out.raw('}');
  }
}
