/** Who may sign in, with which roles, and which departments' data they may see. */
package org.clearsite.account;
