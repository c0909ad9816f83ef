/** The review queue and reviewers' decisions. */
package org.clearsite.persistence.review;
