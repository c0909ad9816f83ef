package org.clearsite.attribution;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.attribution.knowledge.Determination;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.Organisation;
import org.clearsite.attribution.knowledge.Regime;
import org.clearsite.attribution.knowledge.Verdict;

/**
 * What each regime says of a maker's equipment: its own determination, else a current parent's that
 * includes subsidiaries, else its default for the maker's country, else its default; and, where the
 * site's tier is known, whether the regime applies there at all.
 */
final class RegimeFindings {

  private final KnowledgeBase knowledge;

  /**
   * Findings depend only on the maker and the device type, both drawn from the knowledge base's
   * small vocabularies, so each pair is worked out once.
   */
  private final Map<List<String>, Map<String, Finding>> known = new ConcurrentHashMap<>();

  private final Map<Map<String, Finding>, Map<String, Finding>> distinct =
      new ConcurrentHashMap<>();

  RegimeFindings(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** Where the register or scan says which tier of site the device is on, that counts too. */
  Map<String, Finding> onSite(Map<String, Finding> equipment, Map<String, String> fields) {
    String tier = siteTier(fields.get("site_tier"));
    if (tier == null) {
      return equipment;
    }
    Map<String, Finding> onSite = new LinkedHashMap<>();
    equipment.forEach((id, finding) -> {
      Regime regime = knowledge.regimes().get(id);
      boolean outside = !regime.siteTiers().isEmpty() && !regime.siteTiers().contains(tier);
      onSite.put(
          id,
          outside && !Boolean.FALSE.equals(finding.covered())
              ? new Finding(
                  false,
                  "not_covered",
                  finding.rule() + "; site: " + tier + " is outside the regime")
              : finding);
    });
    return onSite;
  }

  private static String siteTier(String text) {
    if (text == null) {
      return null;
    }
    String tier = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return switch (tier) {
      case "standard", "sensitive", "highly_sensitive" -> tier;
      default -> null;
    };
  }

  /** Every regime's finding, in the knowledge base's order; the map must not be changed. */
  Map<String, Finding> findings(String maker, String deviceType) {
    List<String> key = Arrays.asList(maker, deviceType);
    Map<String, Finding> found = known.get(key);
    if (found != null) {
      return found;
    }
    return known.computeIfAbsent(
        key,
        k -> {
          Map<String, Finding> findings = new LinkedHashMap<>();
          for (Regime regime : knowledge.regimes().values()) {
            findings.put(regime.id(), finding(regime, maker, deviceType));
          }
          // Equal findings share one map, so that whoever writes them out can know them by
          // identity.
          return distinct.computeIfAbsent(Attribution.frozen(findings), same -> same);
        });
  }

  /**
   * The regime's equipment test for this maker's equipment, whatever site it is on. A class that
   * needs review holds back only what the maker test would cover: a maker that fails the test is
   * not covered whatever it made.
   */
  Finding finding(Regime regime, String maker, String deviceType) {
    if (deviceType != null
        && !regime.equipment().isEmpty()
        && !regime.equipment().contains(deviceType)
        && !regime.reviewEquipment().contains(deviceType)) {
      return new Finding(false, "not_covered", "scope: " + deviceType + " is outside the regime");
    }
    Finding byMaker = byMaker(regime, maker);
    if (deviceType != null
        && regime.reviewEquipment().contains(deviceType)
        && !Boolean.FALSE.equals(byMaker.covered())) {
      return new Finding(
          null, "under_review", "scope: " + deviceType + " needs review; " + byMaker.rule());
    }
    return byMaker;
  }

  private Finding byMaker(Regime regime, String maker) {
    if (maker == null) {
      return Finding.unknown("maker unknown");
    }
    Determination direct = determination(regime, maker);
    if (direct != null) {
      return of(direct.verdict(), "determination:" + maker);
    }
    String current = maker;
    for (int depth = 0; depth < 5; depth++) {
      String parent = knowledge.organisation(current).map(Organisation::currentParent).orElse(null);
      if (parent == null) {
        break;
      }
      Determination viaParent = determination(regime, parent);
      if (viaParent != null && viaParent.includesSubsidiaries()) {
        return of(viaParent.verdict(), "determination:" + parent + " (parent of " + current + ")");
      }
      current = parent;
    }
    Organisation o = knowledge.organisation(maker).orElse(null);
    if (o != null && regime.countryDefaults().containsKey(o.country())) {
      return of(regime.countryDefaults().get(o.country()), "country-default:" + o.country());
    }
    return of(regime.defaultVerdict(), "default");
  }

  private static Determination determination(Regime regime, String organisation) {
    for (Determination d : regime.determinations()) {
      if (d.organisation().equals(organisation)) {
        return d;
      }
    }
    return null;
  }

  private static Finding of(Verdict verdict, String rule) {
    return switch (verdict) {
      case COVERED -> new Finding(true, verdict.key(), rule);
      case NOT_COVERED -> new Finding(false, verdict.key(), rule);
      case UNDER_REVIEW -> new Finding(null, verdict.key(), rule);
    };
  }
}
