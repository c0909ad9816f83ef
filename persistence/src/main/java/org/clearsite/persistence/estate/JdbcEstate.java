package org.clearsite.persistence.estate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clearsite.device.Device;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.LifecycleState;
import org.clearsite.device.MakerFinding;
import org.clearsite.device.NetworkSegment;
import org.clearsite.estate.Estate;
import org.clearsite.estate.EstateDevice;
import org.clearsite.estate.EstateSummary;
import org.clearsite.identity.ExternalId;
import org.clearsite.identity.Names;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;
import org.clearsite.site.Sensitivity;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;

/** Reads the estate straight from the tables. */
public final class JdbcEstate implements Estate {

  private final Database database;

  public JdbcEstate(Database database) {
    this.database = database;
  }

  @Override
  public void devices(Optional<String> department, Consumer<EstateDevice> each) {
    String sql =
        "SELECT dep.name, s.name, s.sensitivity_tier, s.sensitivity_reasons, l.name,"
            + " d.external_id, d.category, d.make, d.model, d.serial, d.mac, d.ip, d.hostname,"
            + " d.asset_tag, d.description, d.network_segment, d.lifecycle_state,"
            + " d.maker, d.brand, d.attribution_confidence, d.covered, d.knowledge_version"
            + " FROM device d JOIN department dep ON dep.id = d.department_id"
            + " JOIN site s ON s.id = d.site_id LEFT JOIN location l ON l.id = d.location_id"
            + (department.isPresent() ? " WHERE dep.name_key = ?" : "")
            + " ORDER BY dep.name_key, s.name_key, l.name_key, d.external_id";
    // PostgreSQL streams rows only inside a transaction with a fetch size.
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setFetchSize(5_000);
        if (department.isPresent()) {
          select.setString(1, Names.key(department.get()));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            each.accept(row(rs));
          }
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading devices", e);
    }
  }

  private static EstateDevice row(ResultSet rs) throws SQLException {
    Device device =
        new Device(
            new ExternalId(rs.getString(6)),
            DeviceCategory.valueOf(rs.getString(7)),
            rs.getString(8),
            rs.getString(9),
            rs.getString(10),
            rs.getString(11),
            rs.getString(12),
            rs.getString(13),
            rs.getString(14),
            rs.getString(15),
            NetworkSegment.valueOf(rs.getString(16)),
            LifecycleState.valueOf(rs.getString(17)));
    return new EstateDevice(
        rs.getString(1),
        rs.getString(2),
        sensitivity(rs.getString(3), rs.getString(4)),
        rs.getString(5),
        device,
        finding(rs));
  }

  private static MakerFinding finding(ResultSet rs) throws SQLException {
    int version = rs.getInt(22);
    if (rs.wasNull()) {
      return null;
    }
    boolean covered = rs.getBoolean(21);
    Boolean coveredOrUnknown = rs.wasNull() ? null : covered;
    return new MakerFinding(
        rs.getString(18), rs.getString(19), rs.getDouble(20), coveredOrUnknown, version);
  }

  static Sensitivity sensitivity(String tier, String reasons) {
    EnumSet<SensitivityReason> set = EnumSet.noneOf(SensitivityReason.class);
    Arrays.stream(reasons.split(","))
        .filter(r -> !r.isBlank())
        .forEach(r -> set.add(SensitivityReason.valueOf(r)));
    return new Sensitivity(SensitivityTier.valueOf(tier), set);
  }

  @Override
  public boolean departmentExists(String name) {
    return count("SELECT COUNT(*) FROM department WHERE name_key = ?", Names.key(name)) > 0;
  }

  @Override
  public boolean isEmpty() {
    return count("SELECT COUNT(*) FROM department") == 0;
  }

  @Override
  public EstateSummary summary() {
    Map<SensitivityTier, Long> tiers = new EnumMap<>(SensitivityTier.class);
    for (SensitivityTier tier : SensitivityTier.values()) {
      tiers.put(tier, count("SELECT COUNT(*) FROM site WHERE sensitivity_tier = ?", tier.name()));
    }
    Map<DeviceCategory, Long> categories = new EnumMap<>(DeviceCategory.class);
    for (DeviceCategory category : DeviceCategory.values()) {
      categories.put(
          category, count("SELECT COUNT(*) FROM device WHERE category = ?", category.name()));
    }
    Map<String, Long> makes = new LinkedHashMap<>();
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT COALESCE(make, '(blank)') AS m, COUNT(*) AS n FROM device"
                    + " GROUP BY COALESCE(make, '(blank)') ORDER BY n DESC, m LIMIT 10");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        makes.put(rs.getString(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new DataAccessException("summarising the estate", e);
    }
    return new EstateSummary(
        count("SELECT COUNT(*) FROM department"),
        count("SELECT COUNT(*) FROM site"),
        count("SELECT COUNT(*) FROM device"),
        tiers,
        categories,
        makes);
  }

  private long count(String sql, Object... parameters) {
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessException("counting: " + sql, e);
    }
  }
}
