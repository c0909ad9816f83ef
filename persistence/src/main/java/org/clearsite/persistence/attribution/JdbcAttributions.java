package org.clearsite.persistence.attribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.EstateVersion;
import org.clearsite.persistence.device.ObservedFields;

/**
 * Devices whose attribution is missing or was made with an older knowledge base, and the place to
 * keep the new one. A device whose maker a reviewer settled is left as the reviewer left it. Works
 * in pages so that a million devices never sit in memory at once.
 */
public final class JdbcAttributions {

  /** What the engine is shown of a stored device: its recorded fields by identify's names. */
  public record Unattributed(long id, Map<String, String> fields) {}

  /** What the engine decided for one device. */
  public record Decided(
      long id, String maker, String brand, String deviceType, double confidence, Boolean covered) {}

  /** What the engine decided for one device's recorded fields. */
  public record Verdict(
      String maker, String brand, String deviceType, double confidence, Boolean covered) {}

  private static final int PAGE = 5_000;

  private final Database database;

  public JdbcAttributions(Database database) {
    this.database = database;
  }

  /**
   * Attributes every device not yet attributed with {@code version}, a page at a time: new devices
   * after an import, and all of them after the knowledge base changes.
   *
   * @return how many devices were attributed
   */
  public long attributeStale(int version, Function<Map<String, String>, Verdict> attribute) {
    long done = 0;
    long after = 0;
    List<Unattributed> page;
    while (!(page = stale(version, after)).isEmpty()) {
      List<Decided> decided = new ArrayList<>(page.size());
      for (Unattributed device : page) {
        Verdict v = attribute.apply(device.fields());
        decided.add(
            new Decided(
                device.id(), v.maker(), v.brand(), v.deviceType(), v.confidence(), v.covered()));
      }
      save(version, decided);
      done += page.size();
      after = page.get(page.size() - 1).id();
    }
    return done;
  }

  /** The next page of devices not yet attributed with {@code version}, after key {@code after}. */
  public List<Unattributed> stale(int version, long after) {
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT id, make, model, serial, mac, hostname, description, category FROM device"
                    + " WHERE (knowledge_version IS NULL OR knowledge_version <> ?) AND id > ?"
                    + " AND review_id IS NULL"
                    + " ORDER BY id LIMIT "
                    + PAGE)) {
      select.setInt(1, version);
      select.setLong(2, after);
      List<Unattributed> page = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Map<String, String> fields =
              ObservedFields.of(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8));
          page.add(new Unattributed(rs.getLong(1), fields));
        }
      }
      return page;
    } catch (SQLException e) {
      throw new DataAccessException("reading devices to attribute", e);
    }
  }

  /** Keeps a page of decisions in one transaction. */
  public void save(int version, List<Decided> decisions) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE device SET maker = ?, brand = ?, attributed_type = ?,"
                  + " attribution_confidence = ?, covered = ?, knowledge_version = ? WHERE id = ?")) {
        for (Decided d : decisions) {
          update.setString(1, d.maker());
          update.setString(2, d.brand());
          update.setString(3, d.deviceType());
          update.setDouble(4, d.confidence());
          if (d.covered() == null) {
            update.setNull(5, Types.BOOLEAN);
          } else {
            update.setBoolean(5, d.covered());
          }
          update.setInt(6, version);
          update.setLong(7, d.id());
          update.addBatch();
        }
        update.executeBatch();
        EstateVersion.bump(c);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DataAccessException("storing attributions", e);
    }
  }
}
