/** What every page shares: its frame and pagination. */
package org.clearsite.web.page;
