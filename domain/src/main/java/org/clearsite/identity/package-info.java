/** How records are identified: random external ids, and the rule for matching typed names. */
package org.clearsite.identity;
