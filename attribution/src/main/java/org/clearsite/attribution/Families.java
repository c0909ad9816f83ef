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
