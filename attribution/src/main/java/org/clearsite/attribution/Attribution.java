package org.clearsite.attribution;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who made a device and whether regimes cover it.
 *
 * @param maker the canonical short name of the real maker, or null when the evidence is too thin
 * @param makerId its knowledge base id, or null
 * @param confidence in [0,1]: of answers given with confidence about c, about c are right
 * @param equipment regime id to the regime's equipment test for this device, whatever site it is
 *     on, in knowledge base order
 * @param regimes regime id to finding where the site is known too: a regime limited to sensitive
 *     sites does not apply to a device on a standard one; the same as {@code equipment} otherwise
 * @param conflicts evidence that points elsewhere than the answer
 */
public record Attribution(
    String maker,
    String makerId,
    String brand,
    String model,
    String deviceType,
    double confidence,
    Map<String, Finding> equipment,
    Map<String, Finding> regimes,
    List<Evidence> evidence,
    List<String> conflicts) {

  /** Whether the regime's equipment test covers this device: true, false or null (unknown). */
  public Boolean covered(String regime) {
    Finding finding = equipment.get(regime);
    return finding == null ? null : finding.covered();
  }

  public Attribution {
    boolean siteChangesNothing = regimes == equipment;
    equipment = frozen(equipment);
    regimes = siteChangesNothing ? equipment : frozen(regimes);
    evidence = List.copyOf(evidence);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * An unmodifiable copy in the same order, or the map itself when it is one already: the engine
   * shares a few such maps of findings between all its answers rather than copy one for each.
   */
  static <K, V> Map<K, V> frozen(Map<K, V> map) {
    return map instanceof Frozen<K, V> ? map : new Frozen<>(map);
  }

  private static final class Frozen<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> entries;

    /**
     * Shared findings are looked up by value for every answer written: hashed once, as the map
     * never changes.
     */
    private final int hash;

    Frozen(Map<K, V> map) {
      this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(map));
      this.hash = entries.hashCode();
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public V get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
  }
}
