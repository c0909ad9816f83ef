/** The database: configuration, connection and schema migrations (Flyway, one schema for both). */
package org.clearsite.persistence;
