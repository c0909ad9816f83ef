/** Bulk loading: batched statements everywhere, COPY on PostgreSQL, keys allocated in blocks. */
package org.clearsite.persistence.bulk;
