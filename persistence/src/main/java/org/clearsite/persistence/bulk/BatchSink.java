package org.clearsite.persistence.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared statement run as a JDBC batch: works on every database. */
final class BatchSink implements Sink {

  private final PreparedStatement statement;
  private int pending;

  BatchSink(Connection connection, String sql) throws SQLException {
    this.statement = connection.prepareStatement(sql);
  }

  @Override
  public void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
    pending++;
  }

  @Override
  public int pending() {
    return pending;
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }
}
