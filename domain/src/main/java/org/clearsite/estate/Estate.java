package org.clearsite.estate;

import java.util.Optional;
import java.util.function.Consumer;

/** Port: read access to the whole estate. Implemented by the persistence module. */
public interface Estate {

  /**
   * Streams devices ordered by department, site, location and external id, so that exports are
   * stable from one run to the next.
   *
   * @param department only this department (case and spacing ignored), or all when empty
   */
  void devices(Optional<String> department, Consumer<EstateDevice> each);

  boolean departmentExists(String name);

  EstateSummary summary();

  /** True when nothing has been imported. */
  boolean isEmpty();
}
