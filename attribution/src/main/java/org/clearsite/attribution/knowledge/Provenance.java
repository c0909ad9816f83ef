package org.clearsite.attribution.knowledge;

import java.util.List;

/**
 * Where a fact comes from and how far to trust it.
 *
 * @param file and line where the entry is written, for messages and reviews
 */
public record Provenance(List<String> sources, Confidence confidence, String file, int line) {

  public Provenance {
    sources = List.copyOf(sources);
  }

  public String where() {
    return file + ":" + line;
  }
}
