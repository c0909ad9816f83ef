package org.clearsite.cli.attribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Evidence;
import org.clearsite.attribution.Finding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.NumberOutput;
import tools.jackson.core.io.SerializedString;

/**
 * The {@code identify} output contract: one object per input line, keys in this order. Written
 * straight to the generator: a million answers should not each become a map first.
 */
final class AttributionJson {

  private AttributionJson() {}

  // Names repeat on every line: encoded once, they are copied as bytes.
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString MAKER = new SerializedString("maker");
  private static final SerializableString BRAND = new SerializedString("brand");
  private static final SerializableString MODEL = new SerializedString("model");
  private static final SerializableString DEVICE_TYPE = new SerializedString("device_type");
  private static final SerializableString CONFIDENCE = new SerializedString("confidence");
  private static final SerializableString COVERED = new SerializedString("covered");
  private static final SerializableString EVIDENCE = new SerializedString("evidence");
  private static final SerializableString FIELD = new SerializedString("field");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString INDICATES = new SerializedString("indicates");
  private static final SerializableString WEIGHT = new SerializedString("weight");
  private static final SerializableString CONFLICTS = new SerializedString("conflicts");

  private static final Map<Double, SerializableString> NUMBERS = new ConcurrentHashMap<>();

  private static final int MAX_NUMBERS = 10_000;

  static void write(JsonGenerator g, Object id, Attribution a, String regime) {
    g.writeStartObject();
    g.writeName(ID);
    if (id instanceof String text) {
      g.writeString(text); // what writePOJO would write, without looking up a serializer
    } else {
      g.writePOJO(id);
    }
    string(g, MAKER, a.maker());
    string(g, BRAND, a.brand());
    string(g, MODEL, a.model());
    string(g, DEVICE_TYPE, a.deviceType());
    g.writeName(CONFIDENCE);
    number(g, a.confidence());
    Finding finding = a.equipment().get(regime);
    g.writeName(COVERED);
    if (finding == null || finding.covered() == null) {
      g.writeNull();
    } else {
      g.writeBoolean(finding.covered());
    }
    RegimesJson.write(g, a.regimes());
    g.writeName(EVIDENCE);
    g.writeStartArray();
    for (Evidence e : a.evidence()) {
      g.writeStartObject();
      string(g, FIELD, e.field());
      String value = e.value();
      string(g, VALUE, value.length() > 200 ? value.substring(0, 200) + "..." : value);
      string(g, RULE, e.rule());
      string(g, INDICATES, e.indicates());
      g.writeName(WEIGHT);
      number(g, e.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName(CONFLICTS);
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
    g.writeName("error");
    g.writeString(message);
    g.writeEndObject();
  }

  /**
   * Confidences and weights are a few dozen values, each formatted once, as the generator would
   * format it: formatting a double was a tenth of the writing.
   */
  private static void number(JsonGenerator g, double value) {
    if (!Double.isFinite(value)) {
      g.writeNumber(value);
      return;
    }
    SerializableString known = NUMBERS.get(value);
    if (known == null) {
      known =
          new SerializedString(
              NumberOutput.toString(value, g.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)));
      if (NUMBERS.size() < MAX_NUMBERS) {
        NUMBERS.putIfAbsent(value, known);
      }
    }
    g.writeRawValue(known); // what writeNumber writes, already encoded
  }

  private static void string(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }
}
