package org.clearsite.web.attribution;

import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.attribution.JdbcAttributions;

/**
 * Attributes every stored device that has no attribution from the current knowledge base version:
 * new devices after an import, and all of them after the knowledge base changes. Web uploads and
 * the CLI (which runs the web module too) share it.
 */
public final class EstateAttribution {

  private EstateAttribution() {}

  /**
   * @return how many devices were attributed
   */
  public static long attributeStale(Database database, AttributionEngine engine) {
    return new JdbcAttributions(database)
        .attributeStale(engine.knowledge().version(), fields -> verdict(engine.attribute(fields)));
  }

  /** What the database keeps of an attribution: the answer under the default regime. */
  private static JdbcAttributions.Verdict verdict(Attribution a) {
    return new JdbcAttributions.Verdict(
        a.maker(),
        a.brand(),
        a.deviceType(),
        a.confidence(),
        a.covered(AttributionEngine.DEFAULT_REGIME));
  }
}
