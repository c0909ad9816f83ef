package org.clearsite.audit;

import java.time.Instant;

/**
 * One change, as kept in the audit log: who did what to which record, when, the record before and
 * after (as JSON), and why. {@code hash} seals this entry and, through {@code previousHash}, every
 * entry before it.
 *
 * @param sequence 1 for the first entry, then one more for each
 * @param subject what was changed, e.g. {@code device:Q3KX...} (an external id, never a key)
 * @param departmentId the department whose data changed, or null for central records
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String actor,
    String action,
    String subject,
    Long departmentId,
    String before,
    String after,
    String reason,
    String previousHash,
    String hash) {}
