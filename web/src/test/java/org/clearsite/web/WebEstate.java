package org.clearsite.web;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.clearsite.account.DepartmentScope;
import org.clearsite.account.Role;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.clearsite.persistence.RowsSource;
import org.clearsite.persistence.TestDatabase;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.persistence.site.JdbcSites;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.RegisterImport;
import org.clearsite.site.SensitivityPolicy;
import org.clearsite.web.attribution.EstateAttribution;
import org.clearsite.web.security.Passwords;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running web application on a fresh database (H2 or PostgreSQL, as the build asks) holding two
 * departments' estates and an account for each role.
 */
final class WebEstate implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";
  static final String HOME = "Home Office";
  static final String CABINET = "Cabinet Office";

  /** Accounts: name, role, department (null for none). */
  static final String[][] ACCOUNTS = {
    {"central", "admin", null},
    {"alice", "security-officer", HOME},
    {"bob", "security-officer", CABINET},
    {"erin", "estates", HOME},
    {"pat", "procurement", HOME},
    {"audrey", "auditor", HOME},
  };

  final TestDatabase db;
  final AttributionEngine engine;
  final ConfigurableApplicationContext app;
  final int port;

  WebEstate() {
    this(0, null);
  }

  /**
   * @param listenOn the port, 0 for any free one
   * @param singleSignOn an OpenID provider to offer, or null
   */
  WebEstate(int listenOn, SingleSignOn singleSignOn) {
    db = TestDatabase.create();
    engine = new AttributionEngine(KnowledgeLoader.bundled());
    importRegister(
        HOME,
        new String[][] {
          {"Site", "Location", "Make", "Model", "Serial No", "Sensitivity"},
          {"2 Marsham Street", "Atrium", "Hikvision", "DS-2CD2143G0-I", "HO-1", "Sensitive"},
          {"2 Marsham Street", "Car park", "Axis", "P3245-LVE", "HO-2", "Sensitive"},
          {"Croydon Lunar House", "Gate", "Annke", "C500", "HO-3", "Standard"},
          {"Croydon Lunar House", "Reception", "Unbranded", "dome camera", "HO-4", "Standard"},
        });
    importRegister(
        CABINET,
        new String[][] {
          {"Site", "Location", "Make", "Model", "Serial No", "Sensitivity"},
          {"70 Whitehall", "Entrance", "Dahua", "IPC-HFW2431S", "CO-1", "Highly sensitive"},
          {"70 Whitehall", "Lobby", "Hanwha", "XNV-6080", "CO-2", "Highly sensitive"},
        });
    attributeAll();
    JdbcAccounts accounts = new JdbcAccounts(db.database());
    String hash = Passwords.hash(PASSWORD);
    for (String[] a : ACCOUNTS) {
      accounts.save(
          a[0], hash, Set.of(Role.fromCliName(a[1])), a[2] == null ? Set.of() : Set.of(a[2]));
    }
    app =
        ClearsiteWebApplication.start(
            new WebSettings(
                db.config(),
                engine,
                "127.0.0.1",
                listenOn,
                Theme.NEUTRAL,
                false,
                singleSignOn,
                SensitivityPolicy.ukDefault()));
    port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private void importRegister(String department, String[][] rows) {
    new RegisterImport(
            new JdbcRegisterStore(db.database(), Clock.systemUTC()),
            SensitivityPolicy.ukDefault(),
            Clock.systemUTC())
        .run(RowsSource.of(rows), department, new Properties(), ImportProgress.SILENT);
  }

  private void attributeAll() {
    EstateAttribution.attributeStale(db.database(), engine);
  }

  /** Adds an account in no department. */
  void addAccount(String name, String role) {
    new JdbcAccounts(db.database())
        .save(name, Passwords.hash(PASSWORD), Set.of(Role.fromCliName(role)), Set.of());
  }

  long reviewCount() {
    return new org.clearsite.persistence.Queries(db.database())
        .count("reviews", "SELECT COUNT(*) FROM review", List.of());
  }

  List<String> auditActions() {
    return new org.clearsite.persistence.Queries(db.database())
        .list(
            "audit",
            "SELECT action FROM audit_entry ORDER BY sequence",
            List.of(),
            rs -> rs.getString(1));
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** External ids of one department's sites. */
  List<String> siteIds(String department) {
    return new JdbcSites(db.database())
        .page(DepartmentScope.everything(), null, null, 1, 100).sites().stream()
            .filter(s -> s.department().equals(department))
            .map(JdbcSites.SiteRow::id)
            .toList();
  }

  /** External ids of one department's devices. */
  List<String> deviceIds(String department) {
    return new JdbcDevices(db.database())
        .page(DepartmentScope.everything(), null, null, 1, 100).devices().stream()
            .filter(d -> d.department().equals(department))
            .map(JdbcDevices.DeviceRow::id)
            .toList();
  }

  @Override
  public void close() {
    app.close();
    db.close();
  }
}
