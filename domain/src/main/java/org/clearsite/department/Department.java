package org.clearsite.department;

import org.clearsite.identity.ExternalId;
import org.clearsite.identity.Names;

/** A government department: the owner of sites and the boundary of who may see what. */
public record Department(ExternalId id, String name) {

  public Department {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a department needs a name");
    }
  }

  /** How names are compared: case and spacing never make two departments different. */
  public static String key(String name) {
    return Names.key(name);
  }
}
