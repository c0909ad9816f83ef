package org.clearsite.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A number that changes whenever devices do: every transaction that adds, changes or attributes
 * devices bumps it before committing. Reading it is one primary-key lookup.
 */
public final class EstateVersion {

  private EstateVersion() {}

  /** Within the caller's transaction, so the bump commits or rolls back with the change. */
  public static void bump(Connection c) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE estate_version SET version = version + 1 WHERE id = 1")) {
      update.executeUpdate();
    }
  }

  public static long read(Database database) {
    return new Queries(database)
        .count("the estate version", "SELECT version FROM estate_version WHERE id = 1", List.of());
  }
}
