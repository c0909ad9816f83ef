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
 * straight from the driver, as the CLI holds one or two at a time, unless a pool is given.
 */
public final class Database implements DataSource {

  /** H2's error code for a database file locked by another process. */
  private static final int H2_DATABASE_IN_USE = 90020;

  private final DatabaseConfig config;
  private final DataSource pool;

  private Database(DatabaseConfig config, DataSource pool) {
    this.config = config;
    this.pool = pool;
  }

  /**
   * Connects and applies any pending migrations.
   *
   * @throws DatabaseUnavailableException naming the URL (never the password) if it cannot connect
   */
  public static Database open(DatabaseConfig config) {
    Database database = new Database(config, null);
    try (Connection ignored = database.getConnection()) {
      // proves the database is there before Flyway reports a less readable error
    } catch (SQLException e) {
      if (config.isEmbedded() && e.getErrorCode() == H2_DATABASE_IN_USE) {
        throw new DatabaseUnavailableException(
            "the embedded database in "
                + config.describe()
                + " is in use by another Clearsite process (is 'clearsite serve' running?);"
                + " stop it first, or use PostgreSQL (CLEARSITE_DB_URL) to run both at once",
            e);
      }
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

  /**
   * The same database, with connections from {@code pool} instead of fresh from the driver: a web
   * server opens many, and a new PostgreSQL connection costs milliseconds.
   */
  public Database pooled(DataSource pool) {
    return new Database(config, pool);
  }

  public DatabaseConfig config() {
    return config;
  }

  public Dialect dialect() {
    return config.url().startsWith("jdbc:postgresql:") ? Dialect.POSTGRESQL : Dialect.H2;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (pool != null) {
      return pool.getConnection();
    }
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
