package org.clearsite.cli.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Evidence;
import org.clearsite.attribution.Finding;

/** The {@code identify} output contract: one object per input line, keys in this order. */
final class AttributionJson {

  private AttributionJson() {}

  static Map<String, Object> of(Object id, Attribution a, String regime) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("maker", a.maker());
    out.put("brand", a.brand());
    out.put("model", a.model());
    out.put("device_type", a.deviceType());
    out.put("confidence", a.confidence());
    Finding finding = a.regimes().get(regime);
    out.put("covered", finding == null ? null : finding.covered());
    Map<String, String> regimes = new LinkedHashMap<>();
    a.regimes().forEach((k, v) -> regimes.put(k, v.verdict()));
    out.put("regimes", regimes);
    Map<String, String> rules = new LinkedHashMap<>();
    a.regimes().forEach((k, v) -> rules.put(k, v.rule()));
    out.put("regime_rules", rules);
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Evidence e : a.evidence()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("field", e.field());
      item.put("value", e.value().length() > 200 ? e.value().substring(0, 200) + "..." : e.value());
      item.put("rule", e.rule());
      item.put("indicates", e.indicates());
      item.put("weight", e.weight());
      evidence.add(item);
    }
    out.put("evidence", evidence);
    out.put("conflicts", a.conflicts());
    return out;
  }

  static Map<String, Object> error(long line, Object id, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("line", line);
    if (id != null) {
      out.put("id", id);
    }
    out.put("error", message);
    return out;
  }
}
