package org.clearsite.persistence.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.clearsite.device.Lifecycle;
import org.clearsite.identity.ExternalId;
import org.clearsite.identity.Names;
import org.clearsite.observation.Observation;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Dialect;
import org.clearsite.persistence.JsonText;
import org.clearsite.persistence.bulk.BulkWriter;
import org.clearsite.persistence.bulk.IdBlocks;
import org.clearsite.persistence.bulk.Sink;
import org.clearsite.register.RegisterEntry;
import org.clearsite.register.RegisterTransaction;
import org.clearsite.site.Sensitivity;

/** One import's view of one department, on one connection with auto-commit off. */
final class JdbcRegisterTransaction implements RegisterTransaction {

  private static final String DEVICE_FIELDS =
      "site_id, location_id, category, make, model, serial, mac, ip, hostname, asset_tag,"
          + " description, network_segment";

  private final Connection connection;
  private final long departmentId;
  private final boolean departmentCreated;
  private final OffsetDateTime now;
  private final IdBlocks ids;
  private final BulkWriter bulk;
  private final Sink newSites;
  private final Sink newLocations;
  private final Sink newDevices;
  private final Sink history;
  private final Sink changedDevices;
  private final Sink observations;
  private final Map<String, StoredSite> sites;
  private final Map<String, Long> locations;
  private int sitesCreated;

  /** A site as the database has it when the import starts. */
  private record StoredSite(
      long id, String address, String postcode, String region, String tier, String reasons) {}

  private JdbcRegisterTransaction(
      Connection connection, Dialect dialect, long departmentId, boolean created, Clock clock)
      throws SQLException {
    this.connection = connection;
    this.departmentId = departmentId;
    this.departmentCreated = created;
    this.now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    this.ids = new IdBlocks(connection);
    this.bulk = new BulkWriter(connection, dialect);
    this.sites = storedSites();
    this.locations = storedLocations();
    // Sinks flush in this order, so a site is stored before its locations and both before devices.
    this.newSites =
        bulk.inserts(
            "site",
            "id, external_id, department_id, name, name_key, address, postcode, region,"
                + " sensitivity_tier, sensitivity_reasons, created_at");
    this.newLocations = bulk.inserts("location", "id, external_id, site_id, name, name_key");
    this.newDevices =
        bulk.inserts(
            "device",
            "id, external_id, department_id, "
                + DEVICE_FIELDS
                + ", lifecycle_state, register_key, register_fingerprint, created_at, updated_at");
    // History is copied from the row before the update below changes it: same flush, this order.
    this.history =
        bulk.statement(
            "INSERT INTO device_history (id, device_id, replaced_at, reason, "
                + DEVICE_FIELDS
                + ") SELECT ?, id, ?, ?, "
                + DEVICE_FIELDS
                + " FROM device WHERE id = ?");
    this.changedDevices =
        bulk.statement(
            "UPDATE device SET site_id = ?, location_id = ?, category = ?, make = ?, model = ?,"
                + " serial = ?, mac = ?, ip = ?, hostname = ?, asset_tag = ?, description = ?,"
                + " network_segment = ?, register_fingerprint = ?, updated_at = ? WHERE id = ?");
    this.observations =
        bulk.inserts(
            "observation",
            "id, external_id, device_id, source, observed_at, reference, raw_fields");
  }

  static JdbcRegisterTransaction begin(
      Connection connection, Dialect dialect, String departmentName, Clock clock)
      throws SQLException {
    String key = Names.key(departmentName);
    Long id = departmentId(connection, key);
    boolean created = false;
    if (id == null) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO department (external_id, name, name_key, created_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, ExternalId.random().value());
        insert.setString(2, departmentName);
        insert.setString(3, key);
        insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        insert.executeUpdate();
      }
      id = departmentId(connection, key);
      created = true;
    }
    return new JdbcRegisterTransaction(connection, dialect, id, created, clock);
  }

  /** Also locks the department row: two imports into one department run one after the other. */
  private static Long departmentId(Connection connection, String key) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM department WHERE name_key = ? FOR UPDATE")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  @Override
  public boolean departmentCreated() {
    return departmentCreated;
  }

  @Override
  public Map<String, KnownDevice> knownDevices() {
    Map<String, KnownDevice> known = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, external_id, register_key, register_fingerprint FROM device"
                + " WHERE department_id = ? AND register_key IS NOT NULL")) {
      select.setFetchSize(10_000);
      select.setLong(1, departmentId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          known.put(
              rs.getString(3),
              new KnownDevice(rs.getLong(1), new ExternalId(rs.getString(2)), rs.getString(4)));
        }
      }
      return known;
    } catch (SQLException e) {
      throw new DataAccessException("reading the department's devices", e);
    }
  }

  /**
   * The department's sites and locations are read once, so that a register naming thousands of them
   * costs two queries rather than two round trips each.
   */
  private Map<String, StoredSite> storedSites() throws SQLException {
    Map<String, StoredSite> stored = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, name_key, address, postcode, region, sensitivity_tier, sensitivity_reasons"
                + " FROM site WHERE department_id = ?")) {
      select.setFetchSize(10_000);
      select.setLong(1, departmentId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.put(
              rs.getString(2),
              new StoredSite(
                  rs.getLong(1),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return stored;
  }

  private Map<String, Long> storedLocations() throws SQLException {
    Map<String, Long> stored = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT l.id, l.site_id, l.name_key FROM location l JOIN site s ON s.id = l.site_id"
                + " WHERE s.department_id = ?")) {
      select.setFetchSize(10_000);
      select.setLong(1, departmentId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.put(locationKey(rs.getLong(2), rs.getString(3)), rs.getLong(1));
        }
      }
    }
    return stored;
  }

  private static String locationKey(long site, String nameKey) {
    return site + "\u001f" + nameKey;
  }

  @Override
  public long site(SiteDetails details) {
    String key = Names.key(details.name());
    try {
      StoredSite stored = sites.get(key);
      if (stored != null) {
        updateSite(stored, details);
        return stored.id();
      }
      return createSite(key, details);
    } catch (SQLException e) {
      throw new DataAccessException("storing site " + details.name(), e);
    }
  }

  /** A register may fill in what was blank and restate sensitivity; it never blanks a field. */
  private void updateSite(StoredSite current, SiteDetails details) throws SQLException {
    Sensitivity sensitivity = details.sensitivity();
    String tier = sensitivity == null ? current.tier() : sensitivity.tier().name();
    String reasons = sensitivity == null ? current.reasons() : reasons(sensitivity);
    String address = firstNonNull(current.address(), details.address());
    String postcode = firstNonNull(current.postcode(), details.postcode());
    String region = firstNonNull(current.region(), details.region());
    StoredSite updated = new StoredSite(current.id(), address, postcode, region, tier, reasons);
    if (updated.equals(current)) {
      return;
    }
    bulk.flush(); // the site may still be waiting in its sink
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE site SET address = ?, postcode = ?, region = ?, sensitivity_tier = ?,"
                + " sensitivity_reasons = ? WHERE id = ?")) {
      update.setString(1, address);
      update.setString(2, postcode);
      update.setString(3, region);
      update.setString(4, tier);
      update.setString(5, reasons);
      update.setLong(6, current.id());
      update.executeUpdate();
    }
    sites.put(Names.key(details.name()), updated);
  }

  private long createSite(String key, SiteDetails details) throws SQLException {
    Sensitivity sensitivity =
        details.sensitivity() == null ? Sensitivity.STANDARD : details.sensitivity();
    long id = ids.next();
    newSites.add(
        id,
        ExternalId.random().value(),
        departmentId,
        details.name(),
        key,
        details.address(),
        details.postcode(),
        details.region(),
        sensitivity.tier().name(),
        reasons(sensitivity),
        now);
    sites.put(
        key,
        new StoredSite(
            id,
            details.address(),
            details.postcode(),
            details.region(),
            sensitivity.tier().name(),
            reasons(sensitivity)));
    sitesCreated++;
    bulk.flushIfFull();
    return id;
  }

  @Override
  public int sitesCreated() {
    return sitesCreated;
  }

  @Override
  public long location(long site, String name) {
    String key = locationKey(site, Names.key(name));
    Long stored = locations.get(key);
    if (stored != null) {
      return stored;
    }
    try {
      long id = ids.next();
      newLocations.add(id, ExternalId.random().value(), site, name, Names.key(name));
      locations.put(key, id);
      bulk.flushIfFull();
      return id;
    } catch (SQLException e) {
      throw new DataAccessException("storing location " + name, e);
    }
  }

  @Override
  public void create(
      String registerKey,
      String fingerprint,
      RegisterEntry e,
      long site,
      Long location,
      Observation observation) {
    try {
      long id = ids.next();
      newDevices.add(
          id,
          ExternalId.random().value(),
          departmentId,
          site,
          location,
          e.category().name(),
          e.make(),
          e.model(),
          e.serial(),
          e.mac(),
          e.ip(),
          e.hostname(),
          e.assetTag(),
          e.description(),
          e.segment().name(),
          Lifecycle.initial().name(),
          registerKey,
          fingerprint,
          now,
          now);
      observe(id, observation);
    } catch (SQLException ex) {
      throw new DataAccessException("storing the device on line " + e.line(), ex);
    }
  }

  @Override
  public void update(
      KnownDevice device,
      String fingerprint,
      RegisterEntry e,
      long site,
      Long location,
      Observation observation) {
    try {
      history.add(ids.next(), now, "register import: " + observation.reference(), device.handle());
      changedDevices.add(
          site,
          location,
          e.category().name(),
          e.make(),
          e.model(),
          e.serial(),
          e.mac(),
          e.ip(),
          e.hostname(),
          e.assetTag(),
          e.description(),
          e.segment().name(),
          fingerprint,
          now,
          device.handle());
      observe(device.handle(), observation);
    } catch (SQLException ex) {
      throw new DataAccessException("updating the device on line " + e.line(), ex);
    }
  }

  private void observe(long device, Observation observation) throws SQLException {
    observations.add(
        ids.next(),
        observation.id().value(),
        device,
        observation.source().name(),
        OffsetDateTime.ofInstant(observation.observedAt(), ZoneOffset.UTC),
        observation.reference(),
        JsonText.object(observation.rawFields()));
    bulk.flushIfFull();
  }

  void finish() throws SQLException {
    bulk.flush();
  }

  private static String reasons(Sensitivity sensitivity) {
    return sensitivity.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
