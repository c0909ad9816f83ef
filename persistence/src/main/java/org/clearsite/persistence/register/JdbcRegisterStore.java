package org.clearsite.persistence.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.DatabaseLabel;
import org.clearsite.persistence.EstateVersion;
import org.clearsite.register.RegisterStore;
import org.clearsite.register.RegisterTransaction;

/** Keeps imported registers in the database, one transaction per file. */
public final class JdbcRegisterStore implements RegisterStore {

  private final Database database;
  private final Clock clock;

  public JdbcRegisterStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public <T> T inTransaction(String departmentName, Function<RegisterTransaction, T> work) {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try {
        JdbcRegisterTransaction tx =
            JdbcRegisterTransaction.begin(connection, database.dialect(), departmentName, clock);
        T result = work.apply(tx);
        tx.finish();
        DatabaseLabel.clear(connection);
        EstateVersion.bump(connection);
        connection.commit();
        return result;
      } catch (RuntimeException | SQLException | Error e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DataAccessException(
          "import into " + departmentName + " failed, nothing was kept", e);
    }
  }
}
