/** Sites, the locations within them, and how sensitive each site is. */
package org.clearsite.site;
