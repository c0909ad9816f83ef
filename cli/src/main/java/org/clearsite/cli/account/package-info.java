/** {@code clearsite users} and {@code clearsite tokens}. */
package org.clearsite.cli.account;
