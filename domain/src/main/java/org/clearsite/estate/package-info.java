/** The estate as a whole: departments, their sites and devices, read for export and summary. */
package org.clearsite.estate;
