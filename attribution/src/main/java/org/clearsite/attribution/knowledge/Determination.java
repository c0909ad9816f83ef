package org.clearsite.attribution.knowledge;

/** A regime's finding on one organisation, and why. */
public record Determination(
    String organisation,
    Verdict verdict,
    boolean includesSubsidiaries,
    String basis,
    Provenance provenance) {}
