package org.clearsite.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.clearsite.identity.ExternalId;
import org.clearsite.identity.Names;
import org.clearsite.observation.Observation;
import org.clearsite.observation.ObservationSource;
import org.clearsite.site.SensitivityPolicy;

/**
 * Imports one register file into one department: every row is checked first, then all accepted rows
 * are stored in a single transaction, so that a failure leaves the estate as it was.
 */
public final class RegisterImport {

  /** Title rows above the header are common; the header is looked for this far down. */
  private static final int HEADER_SEARCH_ROWS = 20;

  private final RegisterStore store;
  private final SensitivityPolicy policy;
  private final Clock clock;

  public RegisterImport(RegisterStore store, SensitivityPolicy policy, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @param mapping column overrides from a mapping file; may be empty
   * @throws RegisterFormatException if the file has no recognisable header
   */
  public ImportSummary run(
      RegisterSource source, String department, Properties mapping, ImportProgress progress) {
    if (department == null || department.isBlank()) {
      throw new IllegalArgumentException("a department name is needed");
    }
    ColumnMapping columns = findHeader(source, mapping);
    RegisterValidator validator = new RegisterValidator(columns);
    List<RegisterEntry> entries = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long read = 0;
    while (source.hasNext()) {
      RegisterRow row = source.next();
      if (row.isBlank()) {
        continue;
      }
      read++;
      RegisterValidator.Result result = validator.check(row);
      if (result.entry() != null) {
        entries.add(result.entry());
      } else {
        rejections.add(result.rejection());
      }
      if (read % 10_000 == 0) {
        progress.checked(read);
      }
    }
    progress.checked(read);
    long rows = read;
    return store.inTransaction(
        Names.tidy(department),
        tx ->
            store(tx, source.name(), Names.tidy(department), rows, entries, rejections, progress));
  }

  private ImportSummary store(
      RegisterTransaction tx,
      String sourceName,
      String department,
      long read,
      List<RegisterEntry> entries,
      List<Rejection> rejections,
      ImportProgress progress) {
    Map<String, RegisterTransaction.KnownDevice> known = tx.knownDevices();
    Map<String, Long> sites = new HashMap<>();
    Map<String, Long> locations = new HashMap<>();
    Map<String, Integer> identicalRows = new HashMap<>();
    Set<String> seen = new HashSet<>();
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    Map<String, RegisterTransaction.SiteDetails> siteDetails = siteDetails(entries);
    for (RegisterEntry entry : entries) {
      String siteKey = Names.key(entry.site());
      long site = sites.computeIfAbsent(siteKey, k -> tx.site(siteDetails.get(k)));
      Long location =
          entry.location() == null
              ? null
              : locations.computeIfAbsent(
                  siteKey + "\u001f" + Names.key(entry.location()),
                  k -> tx.location(site, entry.location()));
      int before = identicalRows.merge(DeviceRecord.contentKey(entry), 1, Integer::sum) - 1;
      String key = DeviceRecord.key(entry, before);
      seen.add(key);
      String fingerprint = DeviceRecord.fingerprint(entry);
      RegisterTransaction.KnownDevice device = known.get(key);
      if (device == null) {
        tx.create(key, fingerprint, entry, site, location, observation(sourceName, entry));
        created++;
      } else if (device.fingerprint().equals(fingerprint)) {
        unchanged++;
      } else {
        tx.update(device, fingerprint, entry, site, location, observation(sourceName, entry));
        updated++;
      }
      long stored = created + updated + unchanged;
      if (stored % 10_000 == 0) {
        progress.stored(stored, entries.size());
      }
    }
    progress.stored(entries.size(), entries.size());
    List<ExternalId> missing = new ArrayList<>();
    known.forEach((key, device) -> {
      if (!seen.contains(key)) {
        missing.add(device.id());
      }
    });
    missing.sort(java.util.Comparator.comparing(ExternalId::value));
    return new ImportSummary(
        sourceName,
        department,
        tx.departmentCreated(),
        tx.sitesCreated(),
        read,
        entries.size(),
        created,
        updated,
        unchanged,
        List.copyOf(rejections),
        List.copyOf(missing));
  }

  /**
   * A site's details may be spread over its rows (the address on one, the sensitivity on another):
   * each comes from the first row that states it. Conflicting sensitivities were rejected already.
   */
  private Map<String, RegisterTransaction.SiteDetails> siteDetails(List<RegisterEntry> entries) {
    Map<String, RegisterTransaction.SiteDetails> details = new HashMap<>();
    for (RegisterEntry entry : entries) {
      details.merge(
          Names.key(entry.site()),
          siteDetails(entry),
          (first, later) ->
              new RegisterTransaction.SiteDetails(
                  first.name(),
                  firstStated(first.address(), later.address()),
                  firstStated(first.postcode(), later.postcode()),
                  firstStated(first.region(), later.region()),
                  firstStated(first.sensitivity(), later.sensitivity())));
    }
    return details;
  }

  private static <T> T firstStated(T first, T later) {
    return first != null ? first : later;
  }

  private RegisterTransaction.SiteDetails siteDetails(RegisterEntry entry) {
    return new RegisterTransaction.SiteDetails(
        entry.site(),
        entry.address(),
        entry.postcode(),
        entry.region(),
        entry.statesSensitivity()
            ? policy.assess(entry.statedTier(), entry.statedReasons())
            : null);
  }

  private Observation observation(String sourceName, RegisterEntry entry) {
    return new Observation(
        ExternalId.random(),
        ObservationSource.REGISTER_IMPORT,
        clock.instant(),
        sourceName + " line " + entry.line(),
        entry.rawFields());
  }

  /** Title rows above the header are skipped; they are not register rows. */
  private static ColumnMapping findHeader(RegisterSource source, Properties mapping) {
    RegisterFormatException firstProblem = null;
    int looked = 0;
    while (source.hasNext() && looked < HEADER_SEARCH_ROWS) {
      RegisterRow row = source.next();
      if (row.isBlank()) {
        continue;
      }
      looked++;
      try {
        ColumnMapping columns = ColumnMapping.of(row.cells(), mapping);
        if (!mapping.isEmpty() || ColumnMapping.recognised(row.cells()) >= 2) {
          return columns;
        }
      } catch (RegisterFormatException notTheHeader) {
        if (firstProblem == null) {
          firstProblem = notTheHeader;
        }
      }
    }
    if (firstProblem != null) {
      throw firstProblem;
    }
    throw new RegisterFormatException(
        looked == 0 ? "the register is empty" : "no header row found");
  }
}
