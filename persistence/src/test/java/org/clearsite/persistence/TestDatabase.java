package org.clearsite.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, migrated database for one integration test, on the engine the build asked for with
 * {@code -Dclearsite.test.db=h2|postgresql}. PostgreSQL comes from {@code CLEARSITE_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/clearsite_test}, user and password {@code
 * clearsite}); each test gets its own schema, dropped on close. Asking for PostgreSQL when none is
 * running fails the test: it never skips.
 */
public final class TestDatabase implements AutoCloseable {

  private final Database database;
  private final Runnable cleanup;

  private TestDatabase(Database database, Runnable cleanup) {
    this.database = database;
    this.cleanup = cleanup;
  }

  public static String engine() {
    return System.getProperty("clearsite.test.db", "h2");
  }

  public static TestDatabase create() {
    return switch (engine()) {
      case "h2" -> h2();
      case "postgresql" -> postgresql();
      default -> throw new IllegalStateException("unknown clearsite.test.db: " + engine());
    };
  }

  public Database database() {
    return database;
  }

  public DatabaseConfig config() {
    return database.config();
  }

  /** The environment a CLI process needs to use this database. */
  public Map<String, String> environment() {
    DatabaseConfig c = database.config();
    return Map.of(
        "CLEARSITE_DB_URL",
        c.url(),
        "CLEARSITE_DB_USER",
        c.user(),
        "CLEARSITE_DB_PASSWORD",
        c.password());
  }

  private static TestDatabase h2() {
    try {
      Path dir = Files.createTempDirectory("clearsite-it-");
      Database database = Database.open(DatabaseConfig.embedded(dir));
      return new TestDatabase(database, () -> deleteQuietly(dir));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestDatabase postgresql() {
    String url = env("CLEARSITE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/clearsite_test");
    String user = env("CLEARSITE_TEST_PG_USER", "clearsite");
    String password = env("CLEARSITE_TEST_PG_PASSWORD", "clearsite");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL was asked for (clearsite.test.db=postgresql) but "
              + url
              + " cannot be reached: "
              + e.getMessage()
              + ". Run scripts/test, which starts one, or set CLEARSITE_TEST_PG_URL.",
          e);
    }
    String separator = url.contains("?") ? "&" : "?";
    Database database =
        Database.open(
            new DatabaseConfig(url + separator + "currentSchema=" + schema, user, password));
    return new TestDatabase(
        database,
        () -> {
          try (Connection admin = DriverManager.getConnection(url, user, password);
              Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
          } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
          }
        });
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException ignored) {
      // a temp directory left behind is harmless
    }
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
