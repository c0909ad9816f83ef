package org.clearsite.cli.attribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Evidence;
import org.clearsite.attribution.Finding;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.NumberOutput;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code identify} output contract: one object per input line, keys in this order. Written
 * straight into bytes: a million answers should not each become a map, nor pass through a general
 * generator's checks on every name and value.
 */
final class AttributionJson {

  private AttributionJson() {}

  /** For the rare id that is not text, built only when one comes. */
  private static final class NonTextIds {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

  /** How Jackson formats doubles unless told otherwise. */
  private static final boolean FAST_DOUBLES =
      StreamWriteFeature.USE_FAST_DOUBLE_WRITER.enabledByDefault();

  // Names repeat on every line: encoded once, with the punctuation before them, and copied.
  private static final byte[] ID = JsonBytes.encoded("{\"id\":");
  private static final byte[] MAKER = JsonBytes.encoded(",\"maker\":");
  private static final byte[] BRAND = JsonBytes.encoded(",\"brand\":");
  private static final byte[] MODEL = JsonBytes.encoded(",\"model\":");
  private static final byte[] DEVICE_TYPE = JsonBytes.encoded(",\"device_type\":");
  private static final byte[] CONFIDENCE = JsonBytes.encoded(",\"confidence\":");
  private static final byte[] COVERED = JsonBytes.encoded(",\"covered\":");
  private static final byte[] EVIDENCE = JsonBytes.encoded(",\"evidence\":[");
  private static final byte[] FIELD = JsonBytes.encoded("{\"field\":");
  private static final byte[] VALUE = JsonBytes.encoded(",\"value\":");
  private static final byte[] RULE = JsonBytes.encoded(",\"rule\":");
  private static final byte[] INDICATES = JsonBytes.encoded(",\"indicates\":");
  private static final byte[] WEIGHT = JsonBytes.encoded(",\"weight\":");
  private static final byte[] CONFLICTS = JsonBytes.encoded("],\"conflicts\":[");
  private static final byte[] END = JsonBytes.encoded("]}");
  private static final byte[] LINE = JsonBytes.encoded("{\"line\":");
  private static final byte[] ERROR_ID = JsonBytes.encoded(",\"id\":");
  private static final byte[] ERROR = JsonBytes.encoded(",\"error\":");

  private static final Map<Double, byte[]> NUMBERS = new ConcurrentHashMap<>();

  private static final int MAX_NUMBERS = 10_000;

  static void write(JsonBytes out, Object id, Attribution a, String regime) {
    out.raw(ID);
    id(out, id);
    out.raw(MAKER).string(a.maker());
    out.raw(BRAND).string(a.brand());
    out.raw(MODEL).string(a.model());
    out.raw(DEVICE_TYPE).string(a.deviceType());
    out.raw(CONFIDENCE);
    number(out, a.confidence());
    Finding finding = a.equipment().get(regime);
    out.raw(COVERED);
    if (finding == null || finding.covered() == null) {
      out.nullValue();
    } else {
      out.bool(finding.covered());
    }
    out.raw(RegimesJson.encoded(a.regimes()));
    out.raw(EVIDENCE);
    boolean first = true;
    for (Evidence e : a.evidence()) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      out.raw(FIELD).string(e.field());
      String value = e.value();
      out.raw(VALUE).string(value.length() > 200 ? value.substring(0, 200) + "..." : value);
      out.raw(RULE).string(e.rule());
      out.raw(INDICATES).string(e.indicates());
      out.raw(WEIGHT);
      number(out, e.weight());
      out.raw('}');
    }
    out.raw(CONFLICTS);
    first = true;
    for (String conflict : a.conflicts()) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      out.string(conflict);
    }
    out.raw(END);
  }

  static void error(JsonBytes out, long line, Object id, String message) {
    out.raw(LINE).raw(JsonBytes.encoded(Long.toString(line)));
    if (id != null) {
      out.raw(ERROR_ID);
      id(out, id);
    }
    out.raw(ERROR).string(message).raw('}');
  }

  private static void id(JsonBytes out, Object id) {
    if (id == null || id instanceof String) {
      out.string((String) id);
    } else {
      out.raw(NonTextIds.JSON.writeValueAsBytes(id)); // a number: as the generator writes it
    }
  }

  /**
   * Confidences and weights are a few dozen values, each formatted once, as the generator would
   * format it: formatting a double was a tenth of the writing.
   */
  private static void number(JsonBytes out, double value) {
    if (!Double.isFinite(value)) {
      out.string(Double.toString(value)); // as the generator writes NaN and the infinities
      return;
    }
    byte[] known = NUMBERS.get(value);
    if (known == null) {
      known = JsonBytes.encoded(NumberOutput.toString(value, FAST_DOUBLES));
      if (NUMBERS.size() < MAX_NUMBERS) {
        NUMBERS.putIfAbsent(value, known);
      }
    }
    out.raw(known);
  }
}
