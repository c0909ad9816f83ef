/** The review queue, and confirming or overriding an attribution with a reason. */
package org.clearsite.web.review;
