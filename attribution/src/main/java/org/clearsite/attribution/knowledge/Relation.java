package org.clearsite.attribution.knowledge;

/**
 * An ownership link from an organisation to its parent.
 *
 * @param from first year (or ISO date) the link held; null when not known
 * @param to last year (or ISO date) it held; null while it still holds
 */
public record Relation(
    String parent, String kind, String from, String to, String note, Provenance provenance) {

  public boolean current() {
    return to == null;
  }
}
