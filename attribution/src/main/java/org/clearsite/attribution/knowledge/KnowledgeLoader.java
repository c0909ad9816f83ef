package org.clearsite.attribution.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates the knowledge base. Nothing is returned unless every file is valid; the first
 * problem found is reported with its file and line.
 */
public final class KnowledgeLoader {

  /** The fields an observation may carry: what fingerprints may look at. */
  public static final Set<String> FIELDS =
      Set.of(
          "make",
          "model",
          "description",
          "asset_text",
          "serial",
          "firmware",
          "mac",
          "hostname",
          "device_type",
          "onvif_manufacturer",
          "onvif_model",
          "onvif_firmware",
          "onvif_serial",
          "onvif_hardware_id",
          "wsd_scopes",
          "http_server",
          "http_title",
          "http_www_authenticate",
          "http_body",
          "rtsp_server",
          "rtsp_www_authenticate",
          "snmp_sysdescr",
          "snmp_sysobjectid",
          "tls_subject",
          "tls_issuer",
          "telnet_banner",
          "upnp_server",
          "open_ports");

  public static final Set<String> DEVICE_TYPES =
      Set.of("camera", "recorder", "encoder", "intercom", "access_control", "other");

  private static final Set<String> YIELDS =
      Set.of("maker", "brand", "model", "device_type", "firmware");
  private static final Set<String> SITE_TIERS = Set.of("standard", "sensitive", "highly_sensitive");
  private static final Pattern ORGANISATION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A group holding a quantifier, itself quantified: the shape of catastrophic backtracking. */
  private static final Pattern NESTED_QUANTIFIER =
      Pattern.compile("\\((?:[^()\\\\]|\\\\.)*?(?:[+*}]|[^(\\\\]\\?)(?:[^()\\\\]|\\\\.)*\\)[+*{]");

  private static final Pattern BACKREFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");

  /** Opens one file of the knowledge base by name, e.g. {@code regimes.yaml}. */
  @FunctionalInterface
  interface Opener {
    Reader open(String name) throws IOException;
  }

  private final Opener files;
  private final Set<String> sourceIds = new HashSet<>();
  private final Set<String> organisationIds = new HashSet<>();

  private KnowledgeLoader(Opener files) {
    this.files = files;
  }

  public static KnowledgeBase fromDirectory(Path directory) {
    return new KnowledgeLoader(
            name -> Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8))
        .load();
  }

  /** The knowledge base packaged with this version of Clearsite. */
  public static KnowledgeBase bundled() {
    return new KnowledgeLoader(
            name -> {
              InputStream in =
                  KnowledgeLoader.class.getResourceAsStream("/clearsite/knowledge/" + name);
              if (in == null) {
                throw new IOException("the bundled knowledge base has no " + name);
              }
              return new InputStreamReader(in, StandardCharsets.UTF_8);
            })
        .load();
  }

  private KnowledgeBase load() {
    YamlEntry meta = root("knowledge.yaml").only("version", "date");
    int version = (int) meta.number("version", 1, Integer.MAX_VALUE);
    String date = meta.text("date");

    List<Source> sources = new ArrayList<>();
    for (YamlEntry e : list("sources.yaml", "sources")) {
      e.only("id", "title", "url", "publisher", "date", "note");
      String id = e.text("id");
      if (!sourceIds.add(id)) {
        throw e.fail("source '" + id + "' is defined twice");
      }
      sources.add(
          new Source(
              id,
              e.text("title"),
              e.optionalText("url"),
              e.optionalText("publisher"),
              e.optionalText("date")));
    }

    List<YamlEntry> organisationEntries = list("organisations.yaml", "organisations");
    for (YamlEntry e : organisationEntries) {
      String id = e.text("id");
      if (!ORGANISATION_ID.matcher(id).matches()) {
        throw e.fail("id", "organisation id '" + id + "' must be lower-case words joined by -");
      }
      if (!organisationIds.add(id)) {
        throw e.fail("id", "organisation '" + id + "' is defined twice");
      }
    }
    List<Organisation> organisations = new ArrayList<>();
    for (YamlEntry e : organisationEntries) {
      organisations.add(organisation(e));
    }

    List<Regime> regimes = new ArrayList<>();
    Set<String> regimeIds = new HashSet<>();
    for (YamlEntry e : list("regimes.yaml", "regimes")) {
      Regime regime = regime(e);
      if (!regimeIds.add(regime.id())) {
        throw e.fail("regime '" + regime.id() + "' is defined twice");
      }
      regimes.add(regime);
    }

    List<Brand> brands = new ArrayList<>();
    for (YamlEntry e : list("brands.yaml", "brands")) {
      brands.add(brand(e));
    }

    List<Fingerprint> fingerprints = new ArrayList<>();
    Set<String> fingerprintIds = new HashSet<>();
    for (YamlEntry e : list("fingerprints.yaml", "fingerprints")) {
      Fingerprint fingerprint = fingerprint(e);
      if (!fingerprintIds.add(fingerprint.id())) {
        throw e.fail("fingerprint '" + fingerprint.id() + "' is defined twice");
      }
      fingerprints.add(fingerprint);
    }

    List<MacPrefix> prefixes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlEntry e : list("mac-prefixes.yaml", "mac_prefixes")) {
      MacPrefix prefix = macPrefix(e);
      if (!seen.add(prefix.prefix())) {
        throw e.fail("MAC prefix " + prefix.prefix() + " is listed twice");
      }
      prefixes.add(prefix);
    }
    return new KnowledgeBase(
        version, date, sources, organisations, regimes, brands, fingerprints, prefixes);
  }

  private Organisation organisation(YamlEntry e) {
    e.only(
        "id",
        "name",
        "legal_names",
        "aliases",
        "country",
        "makes",
        "relations",
        "note",
        "sources",
        "confidence");
    String country = e.text("country");
    if (!country.matches("[A-Z]{2}")) {
      throw e.fail("country", "country '" + country + "' must be an ISO 3166 code such as CN");
    }
    List<Relation> relations = new ArrayList<>();
    for (YamlEntry r : e.entries("relations")) {
      r.only("parent", "kind", "from", "to", "note", "sources", "confidence");
      relations.add(
          new Relation(
              organisationId(r, "parent"),
              r.text("kind"),
              r.optionalText("from"),
              r.optionalText("to"),
              r.optionalText("note"),
              provenance(r)));
    }
    return new Organisation(
        e.text("id"),
        e.text("name"),
        e.texts("legal_names"),
        e.texts("aliases"),
        country,
        equipment(e, "makes"),
        relations,
        e.optionalText("note"),
        provenance(e));
  }

  /** A list of equipment classes, each from the knowledge base's device-type vocabulary. */
  private static Set<String> equipment(YamlEntry e, String key) {
    Set<String> classes = Set.copyOf(e.texts(key));
    for (String type : classes) {
      if (!DEVICE_TYPES.contains(type)) {
        throw e.fail(key, "unknown equipment '" + type + "'; expected " + DEVICE_TYPES);
      }
    }
    return classes;
  }

  private Regime regime(YamlEntry e) {
    e.only(
        "id",
        "name",
        "jurisdiction",
        "announced",
        "effective",
        "requires",
        "scope",
        "equipment_test",
        "default",
        "country_defaults",
        "determinations",
        "note",
        "sources",
        "confidence");
    Set<String> equipment = Set.of();
    Set<String> review = Set.of();
    Set<String> tiers = Set.of();
    if (e.has("scope")) {
      YamlEntry scope = scopeOf(e);
      equipment = equipment(scope, "equipment");
      review = equipment(scope, "review_equipment");
      tiers = Set.copyOf(scope.texts("site_tiers"));
      for (String tier : tiers) {
        if (!SITE_TIERS.contains(tier)) {
          throw scope.fail(
              "site_tiers", "unknown site tier '" + tier + "'; expected " + SITE_TIERS);
        }
      }
    }
    Map<String, Verdict> countryDefaults = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> d : e.map("country_defaults").entrySet()) {
      countryDefaults.put(d.getKey(), verdict(e, "country_defaults", d.getValue()));
    }
    List<Determination> determinations = new ArrayList<>();
    for (YamlEntry d : e.entries("determinations")) {
      d.only(
          "organisation",
          "verdict",
          "includes_subsidiaries",
          "basis",
          "from",
          "note",
          "sources",
          "confidence");
      determinations.add(
          new Determination(
              organisationId(d, "organisation"),
              d.choice("verdict", Verdict.class),
              Boolean.parseBoolean(d.optionalText("includes_subsidiaries")),
              d.text("basis"),
              provenance(d)));
    }
    return new Regime(
        e.text("id"),
        e.text("name"),
        e.text("jurisdiction"),
        e.optionalText("announced"),
        e.text("requires"),
        equipment,
        review,
        tiers,
        e.text("equipment_test"),
        e.has("default") ? e.choice("default", Verdict.class) : Verdict.NOT_COVERED,
        countryDefaults,
        determinations,
        provenance(e));
  }

  private static YamlEntry scopeOf(YamlEntry regime) {
    return regime.nested("scope").only("equipment", "review_equipment", "site_tiers");
  }

  private static Verdict verdict(YamlEntry e, String key, String value) {
    try {
      return Verdict.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw e.fail(key, "verdict '" + value + "' must be covered, not_covered or under_review");
    }
  }

  private Brand brand(YamlEntry e) {
    e.only(
        "brand",
        "aliases",
        "maker",
        "owner",
        "relation",
        "models",
        "from",
        "to",
        "strength",
        "note",
        "sources",
        "confidence");
    String relation = e.text("relation");
    if (!Set.of("own", "subsidiary", "oem").contains(relation)) {
      throw e.fail("relation", "relation '" + relation + "' must be own, subsidiary or oem");
    }
    return new Brand(
        e.text("brand"),
        e.texts("aliases"),
        organisationId(e, "maker"),
        e.has("owner") ? organisationId(e, "owner") : null,
        relation,
        e.has("models") ? safePattern(e, "models") : null,
        e.optionalText("from"),
        e.optionalText("to"),
        e.choice("strength", Strength.class),
        provenance(e));
  }

  private Fingerprint fingerprint(YamlEntry e) {
    e.only(
        "id",
        "field",
        "pattern",
        "yields",
        "certainty",
        "examples",
        "counter_examples",
        "note",
        "sources",
        "confidence");
    String field = e.text("field");
    if (!FIELDS.contains(field)) {
      throw e.fail("field", "unknown field '" + field + "'");
    }
    Map<String, String> yields = e.map("yields");
    if (yields.isEmpty()) {
      throw e.fail("'yields' must say what a match means");
    }
    for (Map.Entry<String, String> y : yields.entrySet()) {
      if (!YIELDS.contains(y.getKey())) {
        throw e.fail("yields", "a rule cannot yield '" + y.getKey() + "'; expected " + YIELDS);
      }
      if (y.getKey().equals("maker") && !organisationIds.contains(y.getValue())) {
        throw e.fail("yields", "unknown organisation '" + y.getValue() + "'");
      }
      if (y.getKey().equals("device_type") && !DEVICE_TYPES.contains(y.getValue())) {
        throw e.fail("yields", "unknown device type '" + y.getValue() + "'");
      }
    }
    List<String> examples = e.texts("examples");
    List<String> counterExamples = e.texts("counter_examples");
    if (examples.isEmpty() || counterExamples.isEmpty()) {
      throw e.fail("a fingerprint needs at least one example and one counter-example");
    }
    return new Fingerprint(
        e.text("id"),
        field,
        safePattern(e, "pattern"),
        yields,
        e.number("certainty", 0, 1),
        examples,
        counterExamples,
        provenance(e));
  }

  private MacPrefix macPrefix(YamlEntry e) {
    e.only("prefix", "organisation", "registrant", "registered", "note", "sources", "confidence");
    String prefix = e.text("prefix").replaceAll("[:\\-.]", "").toUpperCase(java.util.Locale.ROOT);
    if (!prefix.matches("[0-9A-F]{6}|[0-9A-F]{7}|[0-9A-F]{9}")) {
      throw e.fail("prefix", "MAC prefix '" + e.text("prefix") + "' must be 24, 28 or 36 bits");
    }
    return new MacPrefix(
        prefix,
        organisationId(e, "organisation"),
        e.optionalText("registrant"),
        e.optionalText("registered"),
        provenance(e));
  }

  private Pattern safePattern(YamlEntry e, String key) {
    String regex = e.text(key);
    if (NESTED_QUANTIFIER.matcher(regex).find()) {
      throw e.fail(
          key, "pattern '" + regex + "' nests quantifiers, which can take forever to fail");
    }
    if (BACKREFERENCE.matcher(regex).find()) {
      throw e.fail(key, "pattern '" + regex + "' uses a back-reference");
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException ex) {
      throw e.fail(
          key, "pattern '" + regex + "' is not a valid regular expression: " + ex.getDescription());
    }
  }

  private String organisationId(YamlEntry e, String key) {
    String id = e.text(key);
    if (!organisationIds.contains(id)) {
      throw e.fail(key, "unknown organisation '" + id + "' (not in organisations.yaml)");
    }
    return id;
  }

  private Provenance provenance(YamlEntry e) {
    List<String> sources = e.texts("sources");
    if (sources.isEmpty()) {
      throw e.fail("every entry needs its sources");
    }
    for (String source : sources) {
      if (!sourceIds.contains(source)) {
        throw e.fail("sources", "unknown source '" + source + "' (not in sources.yaml)");
      }
    }
    return new Provenance(sources, e.choice("confidence", Confidence.class), e.file(), e.line());
  }

  private YamlEntry root(String file) {
    try (Reader reader = files.open(file)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(0);
      options.setCodePointLimit(20 * 1024 * 1024);
      Node node = new Yaml(new SafeConstructor(options)).compose(reader);
      if (node == null) {
        throw new KnowledgeException(file, 1, "the file is empty");
      }
      return new YamlEntry(file, node);
    } catch (MarkedYAMLException e) {
      throw new KnowledgeException(
          file, e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new KnowledgeException(file, 1, "not valid YAML: " + e.getMessage());
    } catch (IOException e) {
      throw new KnowledgeException("cannot read knowledge file " + file + ": " + e.getMessage(), e);
    }
  }

  private List<YamlEntry> list(String file, String key) {
    return root(file).only(key).entries(key);
  }
}
