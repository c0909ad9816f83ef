package org.clearsite.register;

import java.util.List;
import org.clearsite.identity.ExternalId;

/**
 * What an import did. Every row is accounted for: {@code read == accepted + rejected}, and every
 * accepted row is exactly one of created, updated or unchanged.
 *
 * @param missing devices the department had from earlier imports that this register no longer
 *     lists: reported, never deleted
 */
public record ImportSummary(
    String source,
    String department,
    boolean departmentCreated,
    int sitesCreated,
    long read,
    long accepted,
    long created,
    long updated,
    long unchanged,
    List<Rejection> rejections,
    List<ExternalId> missing) {

  public long rejected() {
    return rejections.size();
  }
}
