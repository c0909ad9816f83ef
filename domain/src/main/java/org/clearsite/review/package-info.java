/** Reviewers confirming or overriding attributions, always with a reason. */
package org.clearsite.review;
