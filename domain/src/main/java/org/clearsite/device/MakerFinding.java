package org.clearsite.device;

/**
 * Who really made a device, as attribution last decided it.
 *
 * @param maker the real maker's canonical name, or null when attribution could not tell
 * @param covered under the default regime; null when it cannot be decided
 * @param knowledgeVersion the knowledge base version that decided it
 */
public record MakerFinding(
    String maker, String brand, double confidence, Boolean covered, int knowledgeVersion) {}
