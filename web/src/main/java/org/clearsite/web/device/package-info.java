/** Device pages and the devices API. */
package org.clearsite.web.device;
