/** Signing in. */
package org.clearsite.web.account;
