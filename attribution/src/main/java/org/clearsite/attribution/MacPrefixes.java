package org.clearsite.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clearsite.attribution.knowledge.MacPrefix;

/**
 * Who a MAC address block is registered to: the knowledge base's own list first, then the machine's
 * full IEEE registry. The registry (some 40,000 lines) is read only when a MAC misses the list, so
 * a command that never meets such a MAC never pays for it.
 */
final class MacPrefixes {

  private static final int[] LENGTHS = {9, 7, 6}; // MA-S, MA-M, MA-L: most specific first

  private final Map<String, MacPrefix> bundled;
  private final Supplier<List<MacPrefix>> registrySource;
  private volatile Map<String, MacPrefix> registry;

  MacPrefixes(Map<String, MacPrefix> bundled, Supplier<List<MacPrefix>> registrySource) {
    this.bundled = bundled;
    this.registrySource = registrySource;
  }

  /**
   * @param hex the twelve hex digits of a MAC address, upper case
   * @return the most specific registration, or null
   */
  MacPrefix find(String hex) {
    MacPrefix known = longest(bundled, hex);
    return known != null ? known : longest(registry(), hex);
  }

  private static MacPrefix longest(Map<String, MacPrefix> prefixes, String hex) {
    for (int length : LENGTHS) {
      MacPrefix prefix = prefixes.get(hex.substring(0, length));
      if (prefix != null) {
        return prefix;
      }
    }
    return null;
  }

  private Map<String, MacPrefix> registry() {
    Map<String, MacPrefix> loaded = registry;
    if (loaded == null) {
      synchronized (this) {
        loaded = registry;
        if (loaded == null) {
          loaded = new HashMap<>();
          for (MacPrefix p : registrySource.get()) {
            loaded.put(p.prefix(), p);
          }
          registry = loaded;
        }
      }
    }
    return loaded;
  }
}
