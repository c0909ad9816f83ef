/**
 * What Clearsite knows about makers, brands, regimes and device identifiers, as loaded from the
 * reviewed files in {@code knowledge/}. Every entry carries its sources and a confidence.
 */
package org.clearsite.attribution.knowledge;
