/** Accounts, roles, departments and API tokens in the database. */
package org.clearsite.persistence.account;
