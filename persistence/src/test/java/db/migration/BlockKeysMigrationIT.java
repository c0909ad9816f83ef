package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import org.clearsite.persistence.RowsSource;
import org.clearsite.persistence.TestDatabase;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterSource;
import org.clearsite.site.SensitivityPolicy;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * V4: sites and locations keyed by identity before it must not meet the blocks handed out after.
 */
class BlockKeysMigrationIT {

  @Test
  void blocksHandedOutAfterTheMigrationStartAboveEveryEarlierKey() throws Exception {
    try (TestDatabase db = TestDatabase.create();
        Connection connection = db.database().getConnection();
        Statement sql = connection.createStatement()) {
      // What identity columns could have made before V4: keys well above the first block.
      sql.execute(
          "INSERT INTO department (id, external_id, name, name_key, created_at)"
              + " VALUES (1, '0000000000000000000d', 'DWP', 'dwp', CURRENT_TIMESTAMP)");
      sql.execute(
          "INSERT INTO site (id, external_id, department_id, name, name_key, sensitivity_tier,"
              + " sensitivity_reasons, created_at) VALUES (4321, '0000000000000000000s', 1,"
              + " 'Caxton House', 'caxton house', 'STANDARD', '', CURRENT_TIMESTAMP)");
      sql.execute(
          "INSERT INTO location (id, external_id, site_id, name, name_key)"
              + " VALUES (7654, '0000000000000000000l', 4321, 'Gate', 'gate')");

      new V4__Block_keys_for_sites_and_locations().migrate(context(connection));

      Properties none = new Properties();
      RegisterSource register =
          RowsSource.of(
              new String[] {"Site", "Location", "Serial"}, new String[] {"New Site", "Roof", "S1"});
      ImportSummary summary =
          new RegisterImport(
                  new JdbcRegisterStore(db.database(), Clock.systemUTC()),
                  SensitivityPolicy.ukDefault(),
                  Clock.systemUTC())
              .run(register, "DWP", none, ImportProgress.SILENT);

      assertThat(summary.sitesCreated()).isEqualTo(1);
      try (ResultSet rs = sql.executeQuery("SELECT MIN(id) FROM site WHERE name = 'New Site'")) {
        rs.next();
        assertThat(rs.getLong(1)).isGreaterThan(7654);
      }
    }
  }

  private static Context context(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
