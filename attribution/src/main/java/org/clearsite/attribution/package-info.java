/**
 * The attribution engine: from what was observed of one device to who really made it, with evidence
 * and a confidence, and whether each regime covers it. Plain Java: no framework, no I/O.
 */
package org.clearsite.attribution;
