/** Devices, what identifies them on a network, and their lifecycle off a site. */
package org.clearsite.device;
