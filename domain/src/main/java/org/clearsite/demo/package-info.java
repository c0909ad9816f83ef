/** A seeded, deterministic demo estate, written the way real departmental registers are. */
package org.clearsite.demo;
