/** Site pages and the sites API. */
package org.clearsite.web.site;
