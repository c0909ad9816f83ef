package org.clearsite.persistence.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clearsite.account.DepartmentScope;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.Queries;
import org.clearsite.persistence.ScopeClause;
import org.clearsite.persistence.dashboard.JdbcDashboard;

/** Sites as people browse them: filtered, searched and paged, never outside the scope. */
public final class JdbcSites {

  /** One site with its counts of devices and of covered devices still in place. */
  public record SiteRow(
      String id,
      String name,
      String department,
      long departmentId,
      String tier,
      String reasons,
      String address,
      String postcode,
      String region,
      long devices,
      long coveredInPlace) {}

  /** One page of sites and how many match in all. */
  public record SitePage(List<SiteRow> sites, long total, int page, int size) {}

  private static final String SELECT =
      "SELECT s.external_id, s.name, dep.name AS department, s.department_id, s.sensitivity_tier,"
          + " s.sensitivity_reasons, s.address, s.postcode, s.region,"
          + " (SELECT COUNT(*) FROM device d WHERE d.site_id = s.id) AS devices,"
          + " (SELECT COUNT(*) FROM device d WHERE d.site_id = s.id AND d.covered = TRUE"
          + " AND d.lifecycle_state IN "
          + JdbcDashboard.ON_SITE
          + ") AS covered"
          + " FROM site s JOIN department dep ON dep.id = s.department_id";

  private final Queries queries;

  public JdbcSites(Database database) {
    this.queries = new Queries(database);
  }

  /**
   * @param tier a sensitivity tier name, or null for all
   * @param search text to find in the site's name, postcode or region, or null
   * @param page from 1
   */
  public SitePage page(DepartmentScope scope, String tier, String search, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE " + ScopeClause.on("s.department_id", scope));
    List<Object> parameters = new ArrayList<>();
    if (tier != null) {
      where.append(" AND s.sensitivity_tier = ?");
      parameters.add(tier);
    }
    if (search != null && !search.isBlank()) {
      where.append(
          " AND (LOWER(s.name) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(s.postcode, '')) LIKE ?"
              + " ESCAPE '\\' OR LOWER(COALESCE(s.region, '')) LIKE ? ESCAPE '\\')");
      String like = "%" + Queries.escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%";
      parameters.add(like);
      parameters.add(like);
      parameters.add(like);
    }
    long total =
        queries.count(
            "sites",
            "SELECT COUNT(*) FROM site s JOIN department dep ON dep.id = s.department_id" + where,
            parameters);
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) (page - 1) * size);
    List<SiteRow> rows =
        queries.list(
            "sites",
            SELECT + where + " ORDER BY dep.name, s.name, s.external_id LIMIT ? OFFSET ?",
            paged,
            JdbcSites::row);
    return new SitePage(rows, total, page, size);
  }

  /** The site, if it exists and is in scope: out of scope and missing look the same. */
  public Optional<SiteRow> byId(DepartmentScope scope, String externalId) {
    return queries.one(
        "site",
        SELECT + " WHERE s.external_id = ? AND " + ScopeClause.on("s.department_id", scope),
        List.of(externalId),
        JdbcSites::row);
  }

  private static SiteRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new SiteRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getLong(10),
        rs.getLong(11));
  }
}
