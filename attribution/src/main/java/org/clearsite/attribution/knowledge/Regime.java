package org.clearsite.attribution.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy that says which equipment must go or must not be bought.
 *
 * @param equipment device types in scope ({@code camera}, {@code recorder}...)
 * @param reviewEquipment device types whose coverage must be judged case by case
 * @param siteTiers site tiers in scope; empty means every site
 * @param defaultVerdict for organisations without a determination
 * @param countryDefaults for organisations without a determination, by headquarters country
 */
public record Regime(
    String id,
    String name,
    String jurisdiction,
    String announced,
    String requires,
    Set<String> equipment,
    Set<String> reviewEquipment,
    Set<String> siteTiers,
    String equipmentTest,
    Verdict defaultVerdict,
    Map<String, Verdict> countryDefaults,
    List<Determination> determinations,
    Provenance provenance) {

  public Regime {
    equipment = Set.copyOf(equipment);
    reviewEquipment = Set.copyOf(reviewEquipment);
    siteTiers = Set.copyOf(siteTiers);
    countryDefaults = Map.copyOf(countryDefaults);
    determinations = List.copyOf(determinations);
  }
}
