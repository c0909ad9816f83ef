package org.clearsite.cli.attribution;

import java.util.ArrayList;
import java.util.List;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.attribution.JdbcAttributions;

/**
 * Attributes every stored device that has no attribution from the current knowledge base version:
 * new devices after an import, and all of them after the knowledge base changes.
 */
public final class EstateAttribution {

  private EstateAttribution() {}

  /**
   * @return how many devices were attributed
   */
  public static long attributeStale(Database database, AttributionEngine engine) {
    JdbcAttributions store = new JdbcAttributions(database);
    int version = engine.knowledge().version();
    long done = 0;
    long after = 0;
    List<JdbcAttributions.Unattributed> page;
    while (!(page = store.stale(version, after)).isEmpty()) {
      List<JdbcAttributions.Decided> decided = new ArrayList<>(page.size());
      for (JdbcAttributions.Unattributed device : page) {
        Attribution a = engine.attribute(device.fields());
        decided.add(
            new JdbcAttributions.Decided(
                device.id(),
                a.maker(),
                a.brand(),
                a.deviceType(),
                a.confidence(),
                a.equipment().get(IdentifyCommand.DEFAULT_REGIME) == null
                    ? null
                    : a.equipment().get(IdentifyCommand.DEFAULT_REGIME).covered()));
      }
      store.save(version, decided);
      done += page.size();
      after = page.get(page.size() - 1).id();
    }
    return done;
  }
}
