package org.clearsite.register;

import java.util.Map;
import org.clearsite.identity.ExternalId;
import org.clearsite.observation.Observation;
import org.clearsite.site.Sensitivity;

/**
 * What an import may do to one department's estate while its transaction is open. Handles ({@code
 * long}) are opaque to the domain: they are only passed back to the same transaction.
 */
public interface RegisterTransaction {

  /** A device the department already has from an earlier import, under its register key. */
  record KnownDevice(long handle, ExternalId id, String fingerprint) {}

  /** Site details as a register states them; null fields state nothing. */
  record SiteDetails(
      String name, String address, String postcode, String region, Sensitivity sensitivity) {}

  /** Whether this transaction created the department. */
  boolean departmentCreated();

  /** Every device of the department that an import recorded, by register key. */
  Map<String, KnownDevice> knownDevices();

  /** Finds the site by name (case and spacing ignored) or creates it; returns its handle. */
  long site(SiteDetails details);

  /** How many sites {@link #site} created. */
  int sitesCreated();

  /** Finds or creates a location within a site; returns its handle. */
  long location(long site, String name);

  void create(
      String registerKey,
      String fingerprint,
      RegisterEntry entry,
      long site,
      Long location,
      Observation observation);

  /** Records the device's current values as history, then stores the entry's values. */
  void update(
      KnownDevice device,
      String fingerprint,
      RegisterEntry entry,
      long site,
      Long location,
      Observation observation);
}
