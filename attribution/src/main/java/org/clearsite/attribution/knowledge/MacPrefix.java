package org.clearsite.attribution.knowledge;

/**
 * An IEEE assignment of a MAC address block to an organisation.
 *
 * @param prefix upper-case hex digits without separators: 6 (MA-L), 7 (MA-M) or 9 (MA-S)
 * @param organisation an organisation id from the knowledge base, or null for a registry entry
 * @param registrant the registry's name for the owner
 */
public record MacPrefix(
    String prefix,
    String organisation,
    String registrant,
    String registered,
    Provenance provenance) {}
