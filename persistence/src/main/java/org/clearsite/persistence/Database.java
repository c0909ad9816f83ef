package org.clearsite.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database Clearsite runs on, migrated to the current schema when opened. Connections come
 * straight from the driver: the CLI holds one or two at a time, so a pool would buy nothing yet.
 */
public final class Database implements DataSource {

  private final DatabaseConfig config;

  private Database(DatabaseConfig config) {
    this.config = config;
  }

  /**
   * Connects and applies any pending migrations.
   *
   * @throws DatabaseUnavailableException naming the URL (never the password) if it cannot connect
   */
  public static Database open(DatabaseConfig config) {
    Database database = new Database(config);
    try (Connection ignored = database.getConnection()) {
      // proves the database is there before Flyway reports a less readable error
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "cannot connect to " + config.describe() + ": " + e.getMessage(), e);
    }
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration")
        .loggers("slf4j")
        .load()
        .migrate();
    return database;
  }

  public DatabaseConfig config() {
    return config;
  }

  public Dialect dialect() {
    return config.url().startsWith("jdbc:postgresql:") ? Dialect.POSTGRESQL : Dialect.H2;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(config.url(), config.user(), config.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return DriverManager.getConnection(config.url(), user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("org.clearsite.persistence");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
