package org.clearsite.site;

import org.clearsite.identity.ExternalId;

/** A named place within a site: a floor, a gatehouse, a car park. */
public record Location(ExternalId id, String name) {}
