/** Counts for the dashboard, always within a department scope. */
package org.clearsite.persistence.dashboard;
