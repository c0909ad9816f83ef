package org.clearsite.audit;

/**
 * One change to record: who did what to which record, the record before and after (as JSON, null
 * where there is none), and why.
 *
 * @param subject what was changed, e.g. {@code device:Q3KX...} (an external id, never a key)
 * @param departmentId the department whose data changed, or null for central records
 */
public record AuditChange(
    String actor,
    String action,
    String subject,
    Long departmentId,
    String before,
    String after,
    String reason) {

  /** A change with nothing to show before or after, e.g. a token created. */
  public static AuditChange of(String actor, String action, String subject, String reason) {
    return new AuditChange(actor, action, subject, null, null, null, reason);
  }
}
