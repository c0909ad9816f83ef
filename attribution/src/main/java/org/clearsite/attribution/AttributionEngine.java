package org.clearsite.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearsite.attribution.knowledge.Brand;
import org.clearsite.attribution.knowledge.Fingerprint;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.MacPrefix;
import org.clearsite.attribution.knowledge.Organisation;
import org.clearsite.attribution.text.BoundedText;

/**
 * Weighs everything observed of one device and names its real maker, or says it cannot. Evidence
 * for the same maker combines like independent witnesses (1 - product of doubts); evidence for
 * another maker counts against the answer and is reported as a conflict.
 */
public final class AttributionEngine {

  /** Longer values are cut before matching: a 10 MB banner says nothing its first 4 KB do not. */
  static final int MAX_VALUE = 4096;

  /** The regime whose verdict is "covered" unless another is asked for. */
  public static final String DEFAULT_REGIME = "uk-sensitive-sites";

  /** Below this the engine answers "unknown" rather than guess. */
  static final double ANSWER_FROM = 0.5;

  private static final double MAKE_FIELD = 0.85;
  private static final double ONVIF_MANUFACTURER = 0.9;
  private static final double FREE_TEXT = 0.6;
  private static final double SPELLING_SLIP = 0.9;
  private static final double MAC_PREFIX = 0.35;

  /**
   * A video maker's prefix on a device that shows it is a video device: such makers sell no network
   * modules, so the interface was built into their own product (or one they made for a brand).
   */
  private static final double MAC_PREFIX_ON_VIDEO_DEVICE = 0.6;

  private static final Pattern RTSP_PORT = Pattern.compile("(?:^|[^0-9])554(?:[^0-9]|$)");
  private static final double HOSTNAME_AS_MODEL = 0.8;

  private final KnowledgeBase knowledge;
  private final NameIndex names;
  private final Families families;
  private final MacPrefixes macPrefixes;
  private final RegimeFindings regimes;
  private final Map<String, FieldRules> rulesByField = new HashMap<>();
  private final Map<String, List<Brand>> brandsByOwner = new HashMap<>();

  public AttributionEngine(KnowledgeBase knowledge) {
    this(knowledge, List::of);
  }

  /**
   * @param registry the full IEEE registry, read only if a MAC address is not in the knowledge
   *     base's own list
   */
  public AttributionEngine(KnowledgeBase knowledge, Supplier<List<MacPrefix>> registry) {
    this.knowledge = knowledge;
    this.macPrefixes = new MacPrefixes(knowledge.macPrefixes(), registry);
    this.names = new NameIndex(knowledge);
    this.families = new Families(knowledge);
    this.regimes = new RegimeFindings(knowledge);
    Map<String, List<FingerprintRule>> rules = new LinkedHashMap<>();
    for (Fingerprint f : knowledge.fingerprints()) {
      rules.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(FingerprintRule.of(f));
    }
    rules.forEach((field, list) -> rulesByField.put(field, new FieldRules(list)));
    for (Brand b : knowledge.brands()) {
      if (b.owner() != null) {
        brandsByOwner.computeIfAbsent(b.owner(), k -> new ArrayList<>()).add(b);
      }
    }
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  /**
   * What every regime says of equipment of this type made by this organisation: for a maker a
   * reviewer has settled, whatever the evidence said.
   *
   * @param makerId a knowledge base organisation id, or null for an unknown maker
   * @param deviceType a knowledge base device type, or null
   */
  public Map<String, Finding> findings(String makerId, String deviceType) {
    return regimes.findings(makerId, deviceType);
  }

  /**
   * @param observed field name to value, as in the {@code identify} input; unknown fields are free
   *     text
   */
  public Attribution attribute(Map<String, String> observed) {
    Map<String, String> fields = new LinkedHashMap<>();
    observed.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        fields.put(k, Dashes.plain(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v.strip()));
      }
    });
    Weighing w = new Weighing(families, regimes);
    names(fields, w);
    fingerprints(fields, w);
    macPrefix(fields, w);
    return w.conclude(fields);
  }

  private void names(Map<String, String> fields, Weighing w) {
    name(fields, "make", MAKE_FIELD, true, w);
    name(fields, "onvif_manufacturer", ONVIF_MANUFACTURER, true, w);
    for (Map.Entry<String, String> e : fields.entrySet()) {
      // Registers often carry the make inside the model column ("XVR DAHUA 5104S").
      boolean freeText =
          e.getKey().equals("description")
              || e.getKey().equals("asset_text")
              || e.getKey().equals("model")
              || !org.clearsite.attribution.knowledge.KnowledgeLoader.FIELDS.contains(e.getKey());
      if (freeText && !e.getKey().equals("id") && !e.getKey().startsWith("label_")) {
        name(fields, e.getKey(), FREE_TEXT, false, w);
      }
    }
  }

  private void name(
      Map<String, String> fields, String field, double weight, boolean fuzzy, Weighing w) {
    String value = fields.get(field);
    if (value == null) {
      return;
    }
    NameIndex.Match match = names.find(value, fuzzy);
    if (match == null) {
      return;
    }
    double strength = match.exact() ? weight : weight * SPELLING_SLIP;
    Brand brand = match.named().brand();
    String rule = match.named().rule();
    if (brand == null) {
      organisation(field, value, rule, match.named().organisation(), strength, fields, w);
      return;
    }
    BrandLinks.Chosen chosen = BrandLinks.best(match.named().brands(), fields);
    brand = chosen.link();
    w.add(
        new Evidence(
            field,
            value,
            rule,
            "brand="
                + brand.brand()
                + ", made by "
                + brand.maker()
                + " ("
                + brand.relation()
                + (brand.from() != null || brand.to() != null
                    ? ", " + BrandLinks.nz(brand.from()) + "-" + BrandLinks.nz(brand.to())
                    : "")
                + (chosen.year() != null ? "; record dated " + chosen.year() : "")
                + ")",
            strength * chosen.weight()),
        brand.maker(),
        brand.brand());
  }

  /**
   * Evidence naming an organisation. If that organisation sells under a brand that another company
   * makes (Amcrest Technologies, say), the evidence points to the brand's real maker.
   */
  private void organisation(
      String field,
      String value,
      String rule,
      String organisation,
      double weight,
      Map<String, String> fields,
      Weighing w) {
    List<Brand> owned = brandsByOwner.get(organisation);
    if (owned == null) {
      w.add(new Evidence(field, value, rule, "maker=" + organisation, weight), organisation, null);
      return;
    }
    BrandLinks.Chosen chosen = BrandLinks.best(owned, fields);
    Brand best = chosen.link();
    w.add(
        new Evidence(
            field,
            value,
            rule,
            "maker=" + organisation + ", which sells " + best.brand() + " made by " + best.maker(),
            weight * chosen.weight()),
        best.maker(),
        best.brand());
  }

  private void fingerprints(Map<String, String> fields, Weighing w) {
    FieldRules modelRules = rulesByField.get("model");
    for (Map.Entry<String, String> e : fields.entrySet()) {
      FieldRules rules = rulesByField.get(e.getKey());
      if (rules != null) {
        Hit hit = firstMatch(rules, e.getKey(), e.getValue(), w);
        // The model a device reports over ONVIF is its model: the model rules read it too.
        if (hit == null && e.getKey().equals("onvif_model") && modelRules != null) {
          hit = firstMatch(modelRules, e.getKey(), e.getValue(), w);
        }
        if (hit != null) {
          apply(hit, e.getKey(), e.getValue(), 1, w);
        }
      }
    }
    // Devices often keep their model as their default host name ("DH-IPC-HDW2431T").
    String hostname = fields.get("hostname");
    if (hostname != null && modelRules != null) {
      Hit hit = firstMatch(modelRules, "hostname", hostname, w);
      if (hit != null) {
        apply(hit, "hostname", hostname, HOSTNAME_AS_MODEL, w);
      }
    }
  }

  /**
   * The first rule that matches the value, or a usual spelling of it: a model may be written
   * without its dash ("DS2CD2143"), in lower case, or with spaces for dashes. Each further reading
   * is made only if the ones before it matched nothing.
   */
  private Hit firstMatch(FieldRules rules, String field, String value, Weighing w) {
    Hit hit = firstMatch(rules, value, field, value, w);
    if (hit != null || !(field.equals("model") || field.equals("onvif_model"))) {
      return hit;
    }
    for (String reading : ModelReadings.of(value)) {
      hit = firstMatch(rules, reading, field, value, w);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  private static Hit firstMatch(
      FieldRules rules, String reading, String field, String value, Weighing w) {
    BoundedText text = null;
    String lower = null;
    for (FingerprintRule rule : rules.mayMatch(reading)) {
      if (rule.required().readsLowerCase() && lower == null) {
        lower = reading.toLowerCase(Locale.ROOT);
      }
      if (!rule.required().mayMatch(reading, lower)) {
        continue;
      }
      if (text == null) {
        text = BoundedText.of(reading, BoundedText.READS_PER_CHAR);
      }
      try {
        Matcher m = rule.fingerprint().pattern().matcher(text.reset());
        if (m.find()) {
          return new Hit(rule, rule.yields() == null ? m.toMatchResult() : null);
        }
      } catch (BoundedText.Exhausted e) {
        w.note(new Evidence(field, value, rule.id(), "pattern gave up", 0));
      }
    }
    return null;
  }

  private record Hit(FingerprintRule rule, MatchResult match) {}

  private void apply(Hit hit, String field, String value, double scale, Weighing w) {
    FingerprintRule rule = hit.rule();
    Fingerprint f = rule.fingerprint();
    Map<String, String> yields = rule.yields();
    String indicates = rule.indicates();
    if (yields == null) {
      yields = new LinkedHashMap<>();
      for (Map.Entry<String, String> y : f.yields().entrySet()) {
        yields.put(y.getKey(), expand(y.getValue(), hit.match()));
      }
      indicates = indicates(yields);
    }
    String maker = yields.get("maker");
    String brand = yields.get("brand");
    Evidence evidence =
        new Evidence(field, value, rule.id(), indicates, maker == null ? 0 : f.certainty() * scale);
    if (maker != null) {
      w.add(evidence, maker, brand);
    } else {
      w.note(evidence);
    }
    if (yields.containsKey("model") && scale == 1) {
      w.model(yields.get("model"), f.certainty());
    }
    if (yields.containsKey("device_type")) {
      w.deviceType(yields.get("device_type"), f.certainty());
    }
    if (brand != null && maker == null) {
      w.brand(brand, f.certainty());
    }
  }

  static String indicates(Map<String, String> yields) {
    StringBuilder indicates = new StringBuilder();
    yields.forEach((k, v) ->
        indicates.append(indicates.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    return indicates.toString();
  }

  private static String expand(String template, MatchResult m) {
    if (template == null || !template.contains("$")) {
      return template;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int group = template.charAt(++i) - '0';
        if (group <= m.groupCount() && m.group(group) != null) {
          out.append(m.group(group));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Serves RTSP, or was recorded or fingerprinted as a camera, recorder, encoder or intercom. */
  private static boolean showsVideo(Map<String, String> fields, Weighing w) {
    if (fields.containsKey("rtsp_server")) {
      return true;
    }
    String ports = fields.get("open_ports");
    if (ports != null && RTSP_PORT.matcher(ports).find()) {
      return true;
    }
    String type = w.deviceType(fields);
    return type != null && !type.equals("access_control") && !type.equals("other");
  }

  private void macPrefix(Map<String, String> fields, Weighing w) {
    String mac = fields.get("mac");
    if (mac == null) {
      return;
    }
    String hex = hexDigits(mac);
    if (hex.length() != 12) {
      return;
    }
    MacPrefix prefix = macPrefixes.find(hex);
    if (prefix == null) {
      return;
    }
    if (prefix.organisation() != null) {
      boolean videoMaker =
          knowledge
              .organisation(prefix.organisation())
              .map(Organisation::makesVideoEquipment)
              .orElse(false);
      organisation(
          "mac",
          mac,
          "mac-prefix:" + prefix.prefix(),
          prefix.organisation(),
          videoMaker && showsVideo(fields, w) ? MAC_PREFIX_ON_VIDEO_DEVICE : MAC_PREFIX,
          fields,
          w);
    } else {
      w.note(
          new Evidence(
              "mac",
              mac,
              "ieee-registry:" + prefix.prefix(),
              "interface registered to " + prefix.registrant(),
              0));
    }
  }

  /** The hex digits of a MAC address in upper case, without its separators. */
  private static String hexDigits(String mac) {
    StringBuilder hex = new StringBuilder(12);
    for (int i = 0; i < mac.length(); i++) {
      char c = mac.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')) {
        hex.append(c);
      } else if (c >= 'a' && c <= 'f') {
        hex.append((char) (c - 'a' + 'A'));
      }
    }
    return hex.toString();
  }
}
