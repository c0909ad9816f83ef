package org.clearsite.site;

import org.clearsite.identity.ExternalId;

/** A place a department owns or occupies, where devices are installed. */
public record Site(
    ExternalId id,
    String name,
    String address,
    String postcode,
    String region,
    Sensitivity sensitivity) {

  public Site {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a site needs a name");
    }
  }
}
