package org.clearsite.cli.attribution;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.attribution.Finding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code regimes} and {@code regime_rules} members of an answer. Nearly every answer carries
 * one of a few dozen sets of findings, so each set is written once and then copied as bytes.
 */
final class RegimesJson {

  private RegimesJson() {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final SerializableString REGIMES = new SerializedString("regimes");
  private static final SerializableString REGIME_RULES = new SerializedString("regime_rules");

  private static final Map<Map<String, Finding>, Written> WRITTEN = new ConcurrentHashMap<>();

  private static final int MAX_WRITTEN = 1_000;

  /** Both members as JSON values: verdict by regime, and rule by regime. */
  private record Written(SerializableString verdicts, SerializableString rules) {}

  static void write(JsonGenerator g, Map<String, Finding> findings) {
    Written written = WRITTEN.get(findings);
    if (written == null) {
      written = new Written(object(findings, true), object(findings, false));
      if (WRITTEN.size() < MAX_WRITTEN) {
        WRITTEN.putIfAbsent(findings, written);
      }
    }
    g.writeName(REGIMES);
    g.writeRawValue(written.verdicts());
    g.writeName(REGIME_RULES);
    g.writeRawValue(written.rules());
  }

  private static SerializableString object(Map<String, Finding> findings, boolean verdicts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      for (Map.Entry<String, Finding> f : findings.entrySet()) {
        g.writeName(f.getKey());
        g.writeString(verdicts ? f.getValue().verdict() : f.getValue().rule());
      }
      g.writeEndObject();
    }
    return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
  }
}
