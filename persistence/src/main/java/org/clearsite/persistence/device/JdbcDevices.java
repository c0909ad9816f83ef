package org.clearsite.persistence.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clearsite.account.DepartmentScope;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.Queries;
import org.clearsite.persistence.ScopeClause;

/** Devices as people and the API browse them, never outside the scope. */
public final class JdbcDevices {

  /** A device with its site and its stored attribution. */
  public record DeviceRow(
      String id,
      String department,
      long departmentId,
      String siteId,
      String site,
      String tier,
      String location,
      String category,
      String make,
      String model,
      String serial,
      String mac,
      String ip,
      String hostname,
      String assetTag,
      String description,
      String networkSegment,
      String state,
      String maker,
      String brand,
      Double confidence,
      Boolean covered) {

    /** The device's recorded fields by {@code identify}'s names, as the engine reads them. */
    public Map<String, String> observed() {
      return ObservedFields.of(make, model, serial, mac, hostname, description, category);
    }
  }

  /**
   * One page of devices and how many match in all, counted up to {@link #COUNT_UP_TO}.
   *
   * @param moreThanTotal more than {@code total} devices match: counting stopped there
   */
  public record DevicePage(
      List<DeviceRow> devices, long total, boolean moreThanTotal, int page, int size) {}

  /**
   * Counting every match of a search through a million devices costs a full scan; past this many,
   * "more than" is as useful to a person and stops the scan early.
   */
  public static final int COUNT_UP_TO = 1_000;

  private static final String SELECT =
      "SELECT d.external_id, dep.name, d.department_id, s.external_id, s.name,"
          + " s.sensitivity_tier, l.name, d.category, d.make, d.model, d.serial, d.mac, d.ip,"
          + " d.hostname, d.asset_tag, d.description, d.network_segment, d.lifecycle_state,"
          + " d.maker, d.brand, d.attribution_confidence, d.covered"
          + " FROM device d JOIN department dep ON dep.id = d.department_id"
          + " JOIN site s ON s.id = d.site_id LEFT JOIN location l ON l.id = d.location_id";

  /**
   * The text a device search looks in: make, model, maker, serial and asset tag, in lower case.
   * Migration V9 indexes the same expression on PostgreSQL: changing it needs a new index.
   */
  public static final String SEARCH_TEXT =
      "LOWER(COALESCE(d.make, '') || ' ' || COALESCE(d.model, '') || ' ' || COALESCE(d.maker, '')"
          + " || ' ' || COALESCE(d.serial, '') || ' ' || COALESCE(d.asset_tag, ''))";

  private final Queries queries;

  public JdbcDevices(Database database) {
    this.queries = new Queries(database);
  }

  /**
   * @param siteId only this site's devices (external id), or null for all
   * @param search text to find in make, model, maker, serial or asset tag, or null
   * @param page from 1
   */
  public DevicePage page(DepartmentScope scope, String siteId, String search, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE " + ScopeClause.on("d.department_id", scope));
    List<Object> parameters = new ArrayList<>();
    if (siteId != null) {
      where.append(" AND s.external_id = ?");
      parameters.add(siteId);
    }
    if (search != null && !search.isBlank()) {
      where.append(" AND ").append(SEARCH_TEXT).append(" LIKE ? ESCAPE '\\'");
      parameters.add("%" + Queries.escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    List<Object> counting = new ArrayList<>(parameters);
    counting.add(COUNT_UP_TO + 1);
    long counted =
        queries.count(
            "devices",
            "SELECT COUNT(*) FROM (SELECT 1 FROM device d JOIN site s ON s.id = d.site_id"
                + where
                + " LIMIT ?) matches",
            counting);
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) (page - 1) * size);
    List<DeviceRow> rows =
        queries.list(
            "devices",
            SELECT + where + " ORDER BY d.external_id LIMIT ? OFFSET ?",
            paged,
            JdbcDevices::row);
    return new DevicePage(rows, Math.min(counted, COUNT_UP_TO), counted > COUNT_UP_TO, page, size);
  }

  /** The device, if it exists and is in scope: out of scope and missing look the same. */
  public Optional<DeviceRow> byId(DepartmentScope scope, String externalId) {
    return queries.one(
        "device",
        SELECT + " WHERE d.external_id = ? AND " + ScopeClause.on("d.department_id", scope),
        List.of(externalId),
        JdbcDevices::row);
  }

  private static DeviceRow row(ResultSet rs) throws SQLException {
    return new DeviceRow(
        rs.getString(1),
        rs.getString(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18),
        rs.getString(19),
        rs.getString(20),
        Queries.nullableDouble(rs, "attribution_confidence"),
        Queries.nullableBoolean(rs, "covered"));
  }
}
