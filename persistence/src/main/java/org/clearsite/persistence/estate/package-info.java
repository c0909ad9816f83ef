/** Reads the estate for exports and summaries. */
package org.clearsite.persistence.estate;
