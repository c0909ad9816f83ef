/** Devices for browsing and the API, within a department scope. */
package org.clearsite.persistence.device;
