package org.clearsite.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence gathered for one device, and the conclusion drawn from it. Witnesses for one maker
 * combine as independent ({@code 1 - product of doubts}); witnesses for a maker outside its family
 * are conflicts and count against it.
 */
final class Weighing {

  /**
   * The one parameter of the calibration curve, fitted by maximum likelihood on the tuning splits
   * of both evaluation files (constructed and observed).
   */
  private static final double CALIBRATION_EXPONENT = 4;

  private final Families families;
  private final RegimeFindings regimes;
  private final List<Evidence> evidence = new ArrayList<>();

  /** The maker each piece of {@link #evidence} names, at the same index; null for a note. */
  private final List<String> named = new ArrayList<>();

  private final Map<String, Double> makers = new LinkedHashMap<>();
  private final Map<String, Map<String, Double>> brands = new HashMap<>();
  private String model;
  private double modelWeight;
  private String deviceType;
  private double deviceTypeWeight;
  private String looseBrand;

  Weighing(Families families, RegimeFindings regimes) {
    this.families = families;
    this.regimes = regimes;
  }

  void add(Evidence e, String maker, String brand) {
    if (brand != null) {
      brands.computeIfAbsent(maker, k -> new HashMap<>()).merge(brand, e.weight(), Math::max);
    }
    // One rule read in two fields ("Lorex" as make and in the description) is one witness: only
    // the stronger reading counts, so an earlier, weaker one is taken out of the combination.
    double earlier = strongestEarlier(maker, e.rule());
    evidence.add(e);
    named.add(maker);
    if (e.weight() > earlier) {
      double doubt = 1 - makers.getOrDefault(maker, 0.0);
      makers.put(maker, 1 - doubt / (1 - earlier) * (1 - e.weight()));
    }
  }

  /** The most a rule already gave this maker; 0 when it gave nothing. */
  private double strongestEarlier(String maker, String rule) {
    double strongest = 0;
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (maker.equals(named.get(i)) && e.rule().equals(rule)) {
        strongest = Math.max(strongest, e.weight());
      }
    }
    return strongest;
  }

  void note(Evidence e) {
    evidence.add(e);
    named.add(null);
  }

  void model(String value, double weight) {
    if (value != null && !value.isBlank() && weight > modelWeight) {
      model = value;
      modelWeight = weight;
    }
  }

  void deviceType(String value, double weight) {
    if (weight > deviceTypeWeight) {
      deviceType = value;
      deviceTypeWeight = weight;
    }
  }

  /**
   * The device type: what a fingerprint so far said, or failing that what the record states in its
   * device type field or description; null when neither says.
   */
  String deviceType(Map<String, String> fields) {
    return deviceType != null ? deviceType : DeviceTypes.fromFields(fields);
  }

  void brand(String value, double weight) {
    looseBrand = value;
  }

  Attribution conclude(Map<String, String> fields) {
    String top = null;
    double best = 0;
    for (Map.Entry<String, Double> m : makers.entrySet()) {
      if (m.getValue() > best) {
        top = m.getKey();
        best = m.getValue();
      }
    }
    top = maker(top);
    List<String> conflicts = new ArrayList<>();
    double against = 0;
    for (Map.Entry<String, Double> m : makers.entrySet()) {
      if (!m.getKey().equals(top) && !families.related(top, m.getKey())) {
        against = 1 - (1 - against) * (1 - m.getValue());
        conflicts.add(
            "evidence also points to "
                + families.name(m.getKey())
                + String.format(Locale.ROOT, " (%.2f)", m.getValue()));
      }
    }
    double confidence = best * (1 - against);
    String inputModel = fields.getOrDefault("model", fields.get("onvif_model"));
    String finalModel = inputModel != null ? inputModel : model;
    String type = deviceType(fields);
    if (top == null || confidence < AttributionEngine.ANSWER_FROM) {
      Map<String, Finding> findings = regimes.findings(null, type);
      return new Attribution(
          null,
          null,
          looseBrand,
          finalModel,
          type,
          round(top == null ? 0 : confidence),
          findings,
          regimes.onSite(findings, fields),
          evidence,
          conflicts);
    }
    Map<String, Finding> findings = regimes.findings(top, type);
    return new Attribution(
        families.name(top),
        top,
        bestBrand(top),
        finalModel,
        type,
        round(calibrated(confidence)),
        findings,
        regimes.onSite(findings, fields),
        evidence,
        conflicts);
  }

  /**
   * "Avigilon (Motorola Solutions)": when evidence names a company and, on its own enough for an
   * answer, a subsidiary of it that makes equipment, the subsidiary made the device and the parent
   * owns it.
   */
  private String maker(String top) {
    for (Map.Entry<String, Double> m : makers.entrySet()) {
      if (m.getValue() >= AttributionEngine.ANSWER_FROM
          && !m.getKey().equals(top)
          && families.owns(top, m.getKey())
          && families.makesEquipment(m.getKey())) {
        return m.getKey();
      }
    }
    return top;
  }

  private String bestBrand(String maker) {
    Map<String, Double> candidates = brands.get(maker);
    if (candidates == null || candidates.isEmpty()) {
      return looseBrand != null ? looseBrand : families.name(maker);
    }
    Map.Entry<String, Double> best = null;
    for (Map.Entry<String, Double> candidate : candidates.entrySet()) {
      if (best == null || candidate.getValue().compareTo(best.getValue()) > 0) {
        best = candidate; // the first of equals, as Stream.max keeps it
      }
    }
    return best.getKey();
  }

  /**
   * Maps the weighed evidence onto how often answers are right. On the tuning splits, answers
   * weighed just above the threshold were right far more often than their weight says, so the raw
   * weight understates; {@code 1 - (1 - c)^k} is a one-parameter curve, and k = 4 gives the highest
   * likelihood of the 446 tuning answers whose maker is labelled, before the fourth observed batch
   * (k = 3 and k = 5 fit worse). Whether to answer at all is still decided on the raw weight.
   */
  static double calibrated(double raw) {
    return 1 - Math.pow(1 - raw, CALIBRATION_EXPONENT);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
