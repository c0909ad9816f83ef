package org.clearsite.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The counts scripts and the audit log keep, by name, in the documented order. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("read", read);
    counts.put("accepted", accepted);
    counts.put("rejected", rejected());
    counts.put("created", created);
    counts.put("updated", updated);
    counts.put("unchanged", unchanged);
    counts.put("missing", (long) missing.size());
    return counts;
  }
}
