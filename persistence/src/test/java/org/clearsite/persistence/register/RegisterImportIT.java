package org.clearsite.persistence.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearsite.estate.EstateDevice;
import org.clearsite.observation.Observation;
import org.clearsite.persistence.DatabaseLabel;
import org.clearsite.persistence.RowsSource;
import org.clearsite.persistence.TestDatabase;
import org.clearsite.persistence.estate.JdbcEstate;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.RegisterEntry;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterSource;
import org.clearsite.register.RegisterStore;
import org.clearsite.register.RegisterTransaction;
import org.clearsite.site.SensitivityPolicy;
import org.clearsite.site.SensitivityTier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register import against a real database: run on H2 and on PostgreSQL. */
class RegisterImportIT {

  private static final String[] HEADER = {
    "Site", "Location", "Make", "Model", "Serial No", "MAC Address", "IP", "Sensitivity"
  };

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
  private TestDatabase db;
  private JdbcRegisterStore store;
  private JdbcEstate estate;

  @BeforeEach
  void open() {
    db = TestDatabase.create();
    store = new JdbcRegisterStore(db.database(), clock);
    estate = new JdbcEstate(db.database());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ImportSummary importInto(String department, RegisterSource source) {
    return importInto(store, department, source);
  }

  private ImportSummary importInto(RegisterStore into, String department, RegisterSource source) {
    return new RegisterImport(into, SensitivityPolicy.ukDefault(), clock)
        .run(source, department, new Properties(), ImportProgress.SILENT);
  }

  private static RegisterSource register(String[]... rows) {
    String[][] lines = new String[rows.length + 1][];
    lines[0] = HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return RowsSource.of(lines);
  }

  private static String[] row(String site, String model, String serial) {
    return new String[] {site, "Gate", "Hikvision", model, serial, "", "", ""};
  }

  private List<EstateDevice> devices(String department) {
    List<EstateDevice> all = new ArrayList<>();
    estate.devices(Optional.ofNullable(department), all::add);
    return all;
  }

  private EstateDevice withSerial(String serial) {
    return devices(null).stream()
        .filter(d -> serial.equals(d.device().serial()))
        .findFirst()
        .orElseThrow();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void firstImportCreatesTheDepartmentItsSitesAndDevices() throws SQLException {
    ImportSummary summary =
        importInto(
            "Home Office",
            register(
                new String[] {
                  "Marsham St", "Lobby", "Hikvision", "DS-2CD2143G0-I", "SN1", "", "", "sensitive"
                },
                row("marsham  st", "DS-2CD2143G0-I", "SN2"),
                row("Croydon", "DS-7608NI-K2", "SN3")));

    assertThat(summary.departmentCreated()).isTrue();
    assertThat(summary.sitesCreated()).isEqualTo(2);
    assertThat(summary.read()).isEqualTo(3);
    assertThat(summary.accepted()).isEqualTo(3);
    assertThat(summary.created()).isEqualTo(3);
    assertThat(summary.rejected()).isZero();
    assertThat(estate.departmentExists("home  OFFICE")).isTrue();
    assertThat(count("SELECT COUNT(*) FROM site")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM observation")).isEqualTo(3);

    List<EstateDevice> stored = devices(null);
    assertThat(stored).extracting(d -> d.device().serial()).containsExactly("SN3", "SN2", "SN1");
    EstateDevice lobby = stored.get(2);
    assertThat(lobby.site()).isEqualTo("Marsham St");
    assertThat(lobby.location()).isEqualTo("Lobby");
    assertThat(lobby.siteSensitivity().tier()).isEqualTo(SensitivityTier.SENSITIVE);
    assertThat(lobby.device().id().value()).hasSize(20);
    assertThat(stored).extracting(d -> d.device().id()).doesNotHaveDuplicates();
  }

  @Test
  void awkwardValuesSurviveTheBulkPathExactly() {
    String model = "DS-2CD2143G0-I, \"white\" \\ 4mm\nsecond line \u00e9\u4e2d";
    importInto(
        "Home Office",
        register(
            new String[] {"HQ", "Gate", "Hik,vision", model, "Q1", "", "", ""},
            new String[] {"HQ", "", "NULL", "\\N", "Q2", "", "", ""}));

    EstateDevice first = withSerial("Q1");
    assertThat(first.device().make()).isEqualTo("Hik,vision");
    assertThat(first.device().model()).isEqualTo(model);
    EstateDevice second = withSerial("Q2");
    assertThat(second.location()).isNull();
    assertThat(second.device().make()).isEqualTo("NULL");
    assertThat(second.device().model()).isEqualTo("\\N");
    assertThat(second.device().hostname()).isNull();
  }

  @Test
  void rejectedRowsAreAccountedForAndNotStored() {
    ImportSummary summary =
        importInto(
            "DfE",
            register(
                row("Sanctuary Bldgs", "DS-2CD2143G0-I", "A1"),
                new String[] {"", "Gate", "Dahua", "IPC-HDW1230", "A2", "", "", ""},
                new String[] {
                  "Sanctuary Bldgs", "Gate", "Dahua", "IPC-HDW1230", "A3", "zz:zz", "", ""
                },
                row("Sanctuary Bldgs", "DS-2CD2143G0-I", "A1")));

    assertThat(summary.read()).isEqualTo(4);
    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(3);
    assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
    assertThat(summary.rejections()).extracting(r -> r.line()).containsExactly(3L, 4L, 5L);
    assertThat(devices("DfE")).hasSize(1);
  }

  @Test
  void aSitesSensitivityMayBeStatedOnAnyOfItsRows() {
    importInto(
        "FCDO",
        register(
            row("King Charles St", "DS-2CD2143G0-I", "F1"),
            new String[] {
              "king charles st", "Gate", "Hikvision", "B", "F2", "", "", "highly sensitive"
            }));

    assertThat(devices(null))
        .hasSize(2)
        .allSatisfy(d ->
            assertThat(d.siteSensitivity().tier()).isEqualTo(SensitivityTier.HIGHLY_SENSITIVE));
  }

  @Test
  void rowsSharingAMacAddressAreRejectedNotFatal() {
    ImportSummary summary =
        importInto(
            "DfT",
            register(
                new String[] {"Great Minster", "", "Dahua", "A", "", "3c:ef:8c:00:00:01", "", ""},
                new String[] {"Great Minster", "", "Dahua", "B", "", "3C-EF-8C-00-00-01", "", ""}));

    assertThat(summary.created()).isEqualTo(1);
    assertThat(summary.rejections())
        .singleElement()
        .satisfies(r ->
            assertThat(r.reason()).contains("duplicate MAC address").contains("lines 2 and 3"));
  }

  @Test
  void importingTheSameRegisterTwiceChangesNothing() throws SQLException {
    String[][] rows = {
      row("Whitehall", "DS-2CD2143G0-I", "W1"),
      row("Whitehall", "DS-2CD2143G0-I", "W2"),
      {"Whitehall", "Roof", "Axis", "P3245-V", "", "", "", ""},
      {"Whitehall", "Roof", "Axis", "P3245-V", "", "", "", ""}
    };
    importInto("Cabinet Office", register(rows));
    List<EstateDevice> before = devices(null);
    long observations = count("SELECT COUNT(*) FROM observation");

    ImportSummary again = importInto("cabinet office", register(rows));

    assertThat(again.departmentCreated()).isFalse();
    assertThat(again.sitesCreated()).isZero();
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.missing()).isEmpty();
    assertThat(devices(null)).isEqualTo(before);
    assertThat(count("SELECT COUNT(*) FROM observation")).isEqualTo(observations);
    assertThat(count("SELECT COUNT(*) FROM device_history")).isZero();
    assertThat(count("SELECT COUNT(*) FROM department")).isEqualTo(1);
  }

  @Test
  void aChangedRowUpdatesTheDeviceAndKeepsWhatItWasBefore() throws SQLException {
    importInto(
        "MoJ",
        register(row("Petty France", "DS-2CD2143G0-I", "P1"), row("Petty France", "X", "P2")));
    String id = withSerial("P1").device().id().value();

    ImportSummary changed =
        importInto(
            "MoJ",
            register(row("Petty France", "DS-2CD2347G2-LU", "P1"), row("Petty France", "X", "P2")));

    assertThat(changed.updated()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(1);
    EstateDevice now = withSerial("P1");
    assertThat(now.device().id().value()).isEqualTo(id);
    assertThat(now.device().model()).isEqualTo("DS-2CD2347G2-LU");
    assertThat(count("SELECT COUNT(*) FROM device_history")).isEqualTo(1);
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT model, serial, reason FROM device_history")) {
      rs.next();
      assertThat(rs.getString("model")).isEqualTo("DS-2CD2143G0-I");
      assertThat(rs.getString("serial")).isEqualTo("P1");
      assertThat(rs.getString("reason")).contains("register.csv");
    }
    assertThat(count("SELECT COUNT(*) FROM observation")).isEqualTo(3);
  }

  @Test
  void aRowThatDisappearsIsReportedNotDeleted() {
    importInto("HMRC", register(row("Bush House", "A", "H1"), row("Bush House", "B", "H2")));
    String gone = withSerial("H2").device().id().value();

    ImportSummary summary = importInto("HMRC", register(row("Bush House", "A", "H1")));

    assertThat(summary.missing()).extracting(m -> m.value()).containsExactly(gone);
    assertThat(devices("HMRC")).hasSize(2);
  }

  @Test
  void anImportMeansTheDatabaseIsNoLongerOnlyTheDemo() {
    DatabaseLabel.write(db.database(), "demo");
    assertThat(DatabaseLabel.read(db.database())).contains("demo");

    importInto("DWP", register(row("Caxton House", "A", "S1")));

    assertThat(DatabaseLabel.read(db.database())).isEmpty();
  }

  @Test
  void departmentsAreSeparate() {
    importInto("DWP", register(row("Caxton House", "A", "S1")));
    ImportSummary other = importInto("DHSC", register(row("Caxton House", "A", "S1")));

    assertThat(other.created()).isEqualTo(1);
    assertThat(other.departmentCreated()).isTrue();
    assertThat(devices("DWP")).hasSize(1);
    assertThat(devices("dhsc")).hasSize(1);
    assertThat(devices(null)).hasSize(2);
  }

  @Test
  void aFailurePartWayLeavesTheDatabaseAsItWas() throws SQLException {
    importInto("MoD", register(row("Main Building", "A", "M0")));
    long devicesBefore = count("SELECT COUNT(*) FROM device");
    long observationsBefore = count("SELECT COUNT(*) FROM observation");

    // Enough rows that several bulk batches reach the database before the failure.
    int rows = 12_000;
    String[][] lines = new String[rows][];
    for (int i = 0; i < rows; i++) {
      lines[i] = row("Site " + (i % 40), "DS-2CD2143G0-I", "N" + i);
    }
    RegisterStore failing = failingAfter(11_000);

    assertThatThrownBy(() -> importInto(failing, "Home Office", register(lines)))
        .hasMessageContaining("injected");

    assertThat(count("SELECT COUNT(*) FROM device")).isEqualTo(devicesBefore);
    assertThat(count("SELECT COUNT(*) FROM observation")).isEqualTo(observationsBefore);
    assertThat(count("SELECT COUNT(*) FROM site")).isEqualTo(1);
    assertThat(estate.departmentExists("Home Office")).isFalse();
  }

  @Test
  void aLargeRegisterIsStoredInFull() throws SQLException {
    int rows = 23_456;
    String[][] lines = new String[rows][];
    for (int i = 0; i < rows; i++) {
      lines[i] =
          new String[] {
            "Site " + (i % 97),
            "Floor " + (i % 5),
            "Dahua",
            "IPC-HDW2431T",
            "D" + i,
            "",
            "10.0." + (i / 250) + "." + (i % 250 + 1),
            ""
          };
    }
    ImportSummary summary = importInto("DfT", register(lines));

    assertThat(summary.created()).isEqualTo(rows);
    assertThat(count("SELECT COUNT(*) FROM device")).isEqualTo(rows);
    assertThat(count("SELECT COUNT(DISTINCT external_id) FROM device")).isEqualTo(rows);
    assertThat(count("SELECT COUNT(*) FROM observation")).isEqualTo(rows);
    assertThat(count("SELECT COUNT(*) FROM site")).isEqualTo(97);
    assertThat(count("SELECT COUNT(*) FROM location")).isEqualTo(97 * 5);
    assertThat(estate.summary().devices()).isEqualTo(rows);
  }

  /** The real store, except that creating the n-th device fails. */
  private RegisterStore failingAfter(int n) {
    AtomicInteger creates = new AtomicInteger();
    return new RegisterStore() {
      @Override
      public <T> T inTransaction(
          String department, java.util.function.Function<RegisterTransaction, T> work) {
        return store.inTransaction(
            department,
            tx ->
                work.apply(
                    new RegisterTransaction() {
                      @Override
                      public boolean departmentCreated() {
                        return tx.departmentCreated();
                      }

                      @Override
                      public Map<String, KnownDevice> knownDevices() {
                        return tx.knownDevices();
                      }

                      @Override
                      public long site(SiteDetails details) {
                        return tx.site(details);
                      }

                      @Override
                      public int sitesCreated() {
                        return tx.sitesCreated();
                      }

                      @Override
                      public long location(long site, String name) {
                        return tx.location(site, name);
                      }

                      @Override
                      public void create(
                          String key,
                          String fingerprint,
                          RegisterEntry entry,
                          long site,
                          Long location,
                          Observation observation) {
                        if (creates.incrementAndGet() == n) {
                          throw new IllegalStateException("injected failure at device " + n);
                        }
                        tx.create(key, fingerprint, entry, site, location, observation);
                      }

                      @Override
                      public void update(
                          KnownDevice device,
                          String fingerprint,
                          RegisterEntry entry,
                          long site,
                          Long location,
                          Observation observation) {
                        tx.update(device, fingerprint, entry, site, location, observation);
                      }
                    }));
      }
    };
  }
}
