package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sites and locations now take their keys from {@code id_block_seq} too, so that an import naming
 * thousands of them can load them in bulk (ADR 0004). Keys made earlier by their identity columns
 * must not meet a block handed out later: the sequence moves past the largest key in use. Written
 * in Java because the two databases spell "set a sequence from a query" differently.
 */
public class V4__Block_keys_for_sites_and_locations extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      long largest = 0;
      for (String table : new String[] {"site", "location"}) {
        try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
          rs.next();
          largest = Math.max(largest, rs.getLong(1));
        }
      }
      long next;
      try (ResultSet rs = statement.executeQuery("SELECT nextval('id_block_seq')")) {
        rs.next();
        next = rs.getLong(1);
      }
      long firstFreeBlock = largest / 1000 + 1;
      if (next < firstFreeBlock) {
        statement.execute("ALTER SEQUENCE id_block_seq RESTART WITH " + firstFreeBlock);
      }
    }
  }
}
