package org.clearsite.attribution.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A company that makes or sells equipment.
 *
 * @param name the canonical short name Clearsite prints, e.g. {@code Hikvision}
 * @param aliases spellings seen in registers and on devices, misspellings included
 * @param makes the equipment classes it is known to make; empty when the knowledge base does not
 *     say
 */
public record Organisation(
    String id,
    String name,
    List<String> legalNames,
    List<String> aliases,
    String country,
    Set<String> makes,
    List<Relation> relations,
    String note,
    Provenance provenance) {

  public Organisation {
    legalNames = List.copyOf(legalNames);
    aliases = List.copyOf(aliases);
    makes = Set.copyOf(makes);
    relations = List.copyOf(relations);
  }

  /** Whether it makes cameras, recorders, encoders or intercoms. */
  public boolean makesVideoEquipment() {
    return makes.contains("camera")
        || makes.contains("recorder")
        || makes.contains("encoder")
        || makes.contains("intercom");
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
