package org.clearsite.persistence.bulk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out database keys for bulk-loaded rows, a thousand per round trip: block n of {@code
 * id_block_seq} covers keys n*1000 to n*1000+999.
 */
public final class IdBlocks {

  private static final long BLOCK = 1000;

  private final Connection connection;
  private long next;
  private long end;

  public IdBlocks(Connection connection) {
    this.connection = connection;
  }

  public long next() throws SQLException {
    if (next == end) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT nextval('id_block_seq')")) {
        rs.next();
        next = rs.getLong(1) * BLOCK;
        end = next + BLOCK;
      }
    }
    return next++;
  }
}
