package org.clearsite.persistence.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.clearsite.account.DepartmentScope;
import org.clearsite.device.LifecycleState;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.Queries;
import org.clearsite.persistence.ScopeClause;

/**
 * The national or departmental picture: where covered equipment is, and how far removal has got.
 */
public final class JdbcDashboard {

  /** Covered devices of one department, on sites of one tier, in one lifecycle state. */
  public record CoveredCount(String department, String tier, String state, long devices) {}

  /** Sites still holding covered equipment in place, and sites clear of it. */
  public record SiteCounts(long affected, long clear) {}

  /** The lifecycle states of a device still on its site, as an SQL list. */
  public static final String ON_SITE =
      Arrays.stream(LifecycleState.values())
          .filter(LifecycleState::onSite)
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  private final Queries queries;

  public JdbcDashboard(Database database) {
    this.queries = new Queries(database);
  }

  public List<CoveredCount> covered(DepartmentScope scope) {
    return queries.list(
        "covered devices",
        "SELECT dep.name, s.sensitivity_tier, d.lifecycle_state, COUNT(*) FROM device d"
            + " JOIN site s ON s.id = d.site_id JOIN department dep ON dep.id = d.department_id"
            + " WHERE d.covered = TRUE AND "
            + ScopeClause.on("d.department_id", scope)
            + " GROUP BY dep.name, s.sensitivity_tier, d.lifecycle_state"
            + " ORDER BY dep.name, s.sensitivity_tier, d.lifecycle_state",
        List.of(),
        rs -> new CoveredCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
  }

  public SiteCounts sites(DepartmentScope scope) {
    String where = ScopeClause.on("s.department_id", scope);
    long all = queries.count("sites", "SELECT COUNT(*) FROM site s WHERE " + where, List.of());
    long affected =
        queries.count(
            "affected sites",
            "SELECT COUNT(*) FROM site s WHERE "
                + where
                + " AND EXISTS (SELECT 1 FROM device d WHERE d.site_id = s.id AND d.covered = TRUE"
                + " AND d.lifecycle_state IN "
                + ON_SITE
                + ")",
            List.of());
    return new SiteCounts(affected, all - affected);
  }
}
