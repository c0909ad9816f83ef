package org.clearsite.persistence.bulk;

import java.sql.SQLException;

/** Rows for one statement or table, sent to the database in batches. */
public interface Sink {

  void add(Object... values) throws SQLException;

  int pending();

  void flush() throws SQLException;
}
