package org.clearsite.attribution;

import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.Organisation;

/** Organisations as corporate families: who owns whom now, and what each is called. */
final class Families {

  private final KnowledgeBase knowledge;

  Families(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  String name(String organisationId) {
    return knowledge.organisation(organisationId).map(Organisation::name).orElse(organisationId);
  }

  /** Evidence for a parent or a subsidiary of the answer does not contradict it. */
  boolean related(String a, String b) {
    return a != null && root(a).equals(root(b));
  }

  /** Whether {@code owner} is above {@code organisation} in its current ownership chain. */
  boolean owns(String owner, String organisation) {
    String current = organisation;
    for (int depth = 0; depth < 5; depth++) {
      current = knowledge.organisation(current).map(Organisation::currentParent).orElse(null);
      if (current == null) {
        return false;
      }
      if (current.equals(owner)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the knowledge base says the organisation makes equipment, not only sells or owns. */
  boolean makesEquipment(String organisation) {
    return knowledge.organisation(organisation).map(o -> !o.makes().isEmpty()).orElse(false);
  }

  /** The top of an organisation's current ownership chain: its family. */
  private String root(String organisation) {
    String current = organisation;
    for (int depth = 0; depth < 5; depth++) {
      String parent = knowledge.organisation(current).map(Organisation::currentParent).orElse(null);
      if (parent == null) {
        return current;
      }
      current = parent;
    }
    return current;
  }
}
