/** Uploading registers in the browser and through the API. */
package org.clearsite.web.register;
