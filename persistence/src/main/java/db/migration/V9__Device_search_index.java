package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, a trigram index over the text device search looks in, so that a search for text
 * anywhere in a million devices reads the index rather than every row. It needs the {@code pg_trgm}
 * extension (a trusted one: a database owner may create it); where it cannot be created, search
 * still works, by scanning, and a warning says why. H2 has no such index: nothing to do there.
 */
public class V9__Device_search_index extends BaseJavaMigration {

  /**
   * The expression indexed, written out here because a migration must not change once applied;
   * {@code JdbcDevices.SEARCH_TEXT} must stay the same expression (a test checks it) for PostgreSQL
   * to use the index.
   */
  static final String INDEXED =
      "LOWER(COALESCE(make, '') || ' ' || COALESCE(model, '') || ' ' || COALESCE(maker, '')"
          + " || ' ' || COALESCE(serial, '') || ' ' || COALESCE(asset_tag, ''))";

  private static final System.Logger LOG =
      System.getLogger(V9__Device_search_index.class.getName());

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      return;
    }
    Savepoint beforeExtension = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      // In public, once per database: every schema (each test's own, too) finds it there.
      statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
    } catch (SQLException e) {
      connection.rollback(beforeExtension);
      LOG.log(
          System.Logger.Level.WARNING,
          "device search will scan without a trigram index: cannot create extension pg_trgm ({0})",
          e.getMessage());
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE INDEX device_search_trgm_idx ON device USING gin (("
              + INDEXED
              + ") public.gin_trgm_ops)");
    }
  }
}
