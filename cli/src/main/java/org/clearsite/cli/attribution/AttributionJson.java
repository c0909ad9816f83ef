package org.clearsite.cli.attribution;

import java.util.Map;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Evidence;
import org.clearsite.attribution.Finding;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code identify} output contract: one object per input line, keys in this order. Written
 * straight to the generator: a million answers should not each become a map first.
 */
final class AttributionJson {

  private AttributionJson() {}

  static void write(JsonGenerator g, Object id, Attribution a, String regime) {
    g.writeStartObject();
    g.writeName("id");
    g.writePOJO(id);
    string(g, "maker", a.maker());
    string(g, "brand", a.brand());
    string(g, "model", a.model());
    string(g, "device_type", a.deviceType());
    g.writeName("confidence");
    g.writeNumber(a.confidence());
    Finding finding = a.equipment().get(regime);
    g.writeName("covered");
    if (finding == null || finding.covered() == null) {
      g.writeNull();
    } else {
      g.writeBoolean(finding.covered());
    }
    g.writeName("regimes");
    g.writeStartObject();
    for (Map.Entry<String, Finding> f : a.regimes().entrySet()) {
      string(g, f.getKey(), f.getValue().verdict());
    }
    g.writeEndObject();
    g.writeName("regime_rules");
    g.writeStartObject();
    for (Map.Entry<String, Finding> f : a.regimes().entrySet()) {
      string(g, f.getKey(), f.getValue().rule());
    }
    g.writeEndObject();
    g.writeName("evidence");
    g.writeStartArray();
    for (Evidence e : a.evidence()) {
      g.writeStartObject();
      string(g, "field", e.field());
      String value = e.value();
      string(g, "value", value.length() > 200 ? value.substring(0, 200) + "..." : value);
      string(g, "rule", e.rule());
      string(g, "indicates", e.indicates());
      g.writeName("weight");
      g.writeNumber(e.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("conflicts");
    g.writeStartArray();
    for (String conflict : a.conflicts()) {
      g.writeString(conflict);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void error(JsonGenerator g, long line, Object id, String message) {
    g.writeStartObject();
    g.writeName("line");
    g.writeNumber(line);
    if (id != null) {
      g.writeName("id");
      g.writePOJO(id);
    }
    string(g, "error", message);
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }
}
