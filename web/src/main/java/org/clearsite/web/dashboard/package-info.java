/** The dashboard page. */
package org.clearsite.web.dashboard;
