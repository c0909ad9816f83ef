package org.clearsite.attribution.evaluation;

/**
 * What a labelled record says is true.
 *
 * @param maker the real maker's canonical name, or null when the record does not say
 * @param covered whether the default regime covers it, or null when it cannot be decided
 * @param split {@code tuning} or {@code held_out}
 */
public record Labelled(String id, String maker, Boolean covered, String split) {}
