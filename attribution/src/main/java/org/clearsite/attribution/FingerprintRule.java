package org.clearsite.attribution;

import java.util.Map;
import org.clearsite.attribution.knowledge.Fingerprint;
import org.clearsite.attribution.text.FirstChars;
import org.clearsite.attribution.text.RequiredText;

/**
 * A fingerprint with what any value it matches must contain and begin with, and, when its yields
 * take nothing from the match, what every match of it indicates.
 */
record FingerprintRule(
    Fingerprint fingerprint,
    String id,
    RequiredText required,
    FirstChars firstChars,
    Map<String, String> yields,
    String indicates) {

  static FingerprintRule of(Fingerprint f) {
    boolean fixed = f.yields().values().stream().noneMatch(v -> v != null && v.contains("$"));
    return new FingerprintRule(
        f,
        "fingerprint:" + f.id(),
        RequiredText.of(f.pattern()),
        FirstChars.of(f.pattern()),
        fixed ? f.yields() : null,
        fixed ? AttributionEngine.indicates(f.yields()) : null);
  }
}
