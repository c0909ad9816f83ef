/** Storing what attribution decided for each device, and finding devices to attribute again. */
package org.clearsite.persistence.attribution;
