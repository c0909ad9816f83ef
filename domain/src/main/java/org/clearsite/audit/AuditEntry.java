package org.clearsite.audit;

import java.time.Instant;

/**
 * One change as kept in the audit log. {@code hash} seals this entry and, through {@code
 * previousHash}, every entry before it.
 *
 * @param sequence 1 for the first entry, then one more for each
 */
public record AuditEntry(
    long sequence, Instant at, AuditChange change, String previousHash, String hash) {}
