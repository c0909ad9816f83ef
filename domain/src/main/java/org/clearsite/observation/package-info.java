/** Observations: the evidence trail behind everything known about a device. */
package org.clearsite.observation;
