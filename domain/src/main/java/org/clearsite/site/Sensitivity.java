package org.clearsite.site;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A site's sensitivity tier and the reasons behind it. */
public record Sensitivity(SensitivityTier tier, Set<SensitivityReason> reasons) {

  public static final Sensitivity STANDARD = new Sensitivity(SensitivityTier.STANDARD, Set.of());

  public Sensitivity {
    if (tier == null) {
      throw new IllegalArgumentException("a sensitivity needs a tier");
    }
    reasons =
        reasons == null || reasons.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }
}
