package org.clearsite.attribution.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole, validated knowledge base of one version. */
public final class KnowledgeBase {

  private final int version;
  private final String date;
  private final Map<String, Source> sources;
  private final Map<String, Organisation> organisations;
  private final Map<String, Regime> regimes;
  private final List<Brand> brands;
  private final List<Fingerprint> fingerprints;
  private final Map<String, MacPrefix> macPrefixes;

  public KnowledgeBase(
      int version,
      String date,
      List<Source> sources,
      List<Organisation> organisations,
      List<Regime> regimes,
      List<Brand> brands,
      List<Fingerprint> fingerprints,
      List<MacPrefix> macPrefixes) {
    this.version = version;
    this.date = date;
    this.sources = index(sources, Source::id);
    this.organisations = index(organisations, Organisation::id);
    this.regimes = index(regimes, Regime::id);
    this.brands = List.copyOf(brands);
    this.fingerprints = List.copyOf(fingerprints);
    this.macPrefixes = index(macPrefixes, MacPrefix::prefix);
  }

  private static <T> Map<String, T> index(
      List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(id.apply(item), item));
    return java.util.Collections.unmodifiableMap(map);
  }

  public int version() {
    return version;
  }

  public String date() {
    return date;
  }

  public Map<String, Source> sources() {
    return sources;
  }

  public Map<String, Organisation> organisations() {
    return organisations;
  }

  public Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisations.get(id));
  }

  public Map<String, Regime> regimes() {
    return regimes;
  }

  public List<Brand> brands() {
    return brands;
  }

  public List<Fingerprint> fingerprints() {
    return fingerprints;
  }

  public Map<String, MacPrefix> macPrefixes() {
    return macPrefixes;
  }
}
