/** Sites for browsing, within a department scope. */
package org.clearsite.persistence.site;
