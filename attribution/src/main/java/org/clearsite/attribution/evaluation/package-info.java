/** Measuring the engine against labelled records: precision, recall, accuracy, calibration. */
package org.clearsite.attribution.evaluation;
