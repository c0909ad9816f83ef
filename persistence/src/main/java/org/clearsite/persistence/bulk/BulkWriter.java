package org.clearsite.persistence.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.clearsite.persistence.Dialect;

/**
 * Sinks flushed together, in the order they were opened, so that rows a later sink refers to (a
 * device before its observation) always reach the database first.
 */
public final class BulkWriter {

  private static final int BATCH_ROWS = 5_000;

  private final Connection connection;
  private final Dialect dialect;
  private final List<Sink> sinks = new ArrayList<>();

  public BulkWriter(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /**
   * An insert of whole rows into a table: COPY on PostgreSQL, a batch elsewhere.
   *
   * @param columnList the columns, comma-separated, in the order values will be added
   */
  public Sink inserts(String table, String columnList) throws SQLException {
    String[] columns = columnList.split("\\s*,\\s*");
    Sink sink =
        dialect == Dialect.POSTGRESQL
            ? new CopySink(connection, table, columns)
            : new BatchSink(
                connection,
                "INSERT INTO "
                    + table
                    + " ("
                    + String.join(", ", columns)
                    + ") VALUES ("
                    + "?, ".repeat(columns.length - 1)
                    + "?)");
    sinks.add(sink);
    return sink;
  }

  /** Any other statement, batched. */
  public Sink statement(String sql) throws SQLException {
    Sink sink = new BatchSink(connection, sql);
    sinks.add(sink);
    return sink;
  }

  /** Call after each add: flushes everything once any sink holds a full batch. */
  public void flushIfFull() throws SQLException {
    for (Sink sink : sinks) {
      if (sink.pending() >= BATCH_ROWS) {
        flush();
        return;
      }
    }
  }

  public void flush() throws SQLException {
    for (Sink sink : sinks) {
      sink.flush();
    }
  }
}
