/** The API as a whole: its OpenAPI document. */
package org.clearsite.web.api;
