package org.clearsite.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** What a database holds, e.g. "demo", so that the demo never overwrites real registers. */
public final class DatabaseLabel {

  private static final String KEY = "estate";

  private DatabaseLabel() {}

  public static Optional<String> read(Database database) {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT meta_value FROM clearsite_meta WHERE meta_key = ?")) {
      select.setString(1, KEY);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading the database label", e);
    }
  }

  public static void write(Database database, String label) {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM clearsite_meta WHERE meta_key = ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO clearsite_meta (meta_key, meta_value) VALUES (?, ?)")) {
        delete.setString(1, KEY);
        delete.executeUpdate();
        insert.setString(1, KEY);
        insert.setString(2, label);
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new DataAccessException("labelling the database", e);
    }
  }

  /**
   * Drops the label inside the caller's transaction: once a register is imported, the database is
   * no longer only the demo, and the demo must not replace it.
   */
  public static void clear(Connection connection) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM clearsite_meta WHERE meta_key = ?")) {
      delete.setString(1, KEY);
      delete.executeUpdate();
    }
  }
}
