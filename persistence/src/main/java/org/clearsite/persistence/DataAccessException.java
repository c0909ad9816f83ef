package org.clearsite.persistence;

import java.sql.SQLException;

/** A database operation failed; unchecked so that domain ports stay free of JDBC types. */
public class DataAccessException extends RuntimeException {

  public DataAccessException(String what, SQLException cause) {
    super(what + ": " + cause.getMessage(), cause);
  }
}
