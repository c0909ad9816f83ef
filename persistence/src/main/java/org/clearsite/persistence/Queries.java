package org.clearsite.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rows with bound parameters: the small, repeated part of every read-only query. */
public final class Queries {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Database database;

  public Queries(Database database) {
    this.database = database;
  }

  public <T> List<T> list(String what, String sql, List<?> parameters, Row<T> row) {
    try (Connection c = database.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(row.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new DataAccessException("reading " + what, e);
    }
  }

  public <T> Optional<T> one(String what, String sql, List<?> parameters, Row<T> row) {
    List<T> rows = list(what, sql, parameters, row);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public long count(String what, String sql, List<?> parameters) {
    return one(what, sql, parameters, rs -> rs.getLong(1)).orElse(0L);
  }

  /** Text for a LIKE pattern with {@code ESCAPE '\\'}: the user's % and _ match themselves. */
  public static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A nullable boolean column. */
  public static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  /** A nullable double column. */
  public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
