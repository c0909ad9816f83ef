package org.clearsite.attribution.knowledge;

import java.util.List;

/**
 * A company that makes or sells equipment.
 *
 * @param name the canonical short name Clearsite prints, e.g. {@code Hikvision}
 * @param aliases spellings seen in registers and on devices, misspellings included
 */
public record Organisation(
    String id,
    String name,
    List<String> legalNames,
    List<String> aliases,
    String country,
    List<Relation> relations,
    String note,
    Provenance provenance) {

  public Organisation {
    legalNames = List.copyOf(legalNames);
    aliases = List.copyOf(aliases);
    relations = List.copyOf(relations);
  }

  /** Who owns the organisation now, or null when no current owner is known. */
  public String currentParent() {
    String parent = null;
    for (Relation r : relations) {
      if (r.current()) {
        parent = r.parent();
      }
    }
    return parent;
  }
}
