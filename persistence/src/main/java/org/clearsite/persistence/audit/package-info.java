/** The hash-chained audit log in the database. */
package org.clearsite.persistence.audit;
