package org.clearsite.register;

import static org.clearsite.register.RegisterColumn.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.IpAddress;
import org.clearsite.device.MacAddress;
import org.clearsite.device.NetworkSegment;
import org.clearsite.identity.Names;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;

/**
 * Checks the rows of one register file, in order. Holds what earlier rows claimed (serials, asset
 * tags, site sensitivity) so that a later row contradicting them is rejected with both lines named.
 */
final class RegisterValidator {

  /** The outcome for one row: exactly one of the two is present. */
  record Result(RegisterEntry entry, Rejection rejection) {}

  private final ColumnMapping mapping;
  private final Map<String, Long> serialLines = new HashMap<>();
  private final Map<String, Long> assetTagLines = new HashMap<>();
  private final Map<String, Long> macLines = new HashMap<>();
  private final Map<String, StatedSensitivity> siteSensitivity = new HashMap<>();

  private record StatedSensitivity(
      long line, SensitivityTier tier, Set<SensitivityReason> reasons, String text) {}

  RegisterValidator(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  Result check(RegisterRow row) {
    try {
      return new Result(entry(row), null);
    } catch (Rejected r) {
      return new Result(null, new Rejection(row.line(), r.column, r.getMessage()));
    }
  }

  private RegisterEntry entry(RegisterRow row) {
    List<String> cells = row.cells();
    int width = mapping.headers().size();
    for (int i = width; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        throw new Rejected(
            "", "row has " + cells.size() + " fields but the header has " + width + " columns");
      }
    }
    for (String cell : cells) {
      if (hasControlCharacter(cell)) {
        throw new Rejected("", "row contains control characters");
      }
    }
    String site = field(SITE, cells).orElseThrow(() -> new Rejected(header(SITE), "missing site"));
    String mac =
        field(MAC, cells).map(m -> parsed(MAC, m, MacAddress.parse(m), "MAC address")).orElse(null);
    String ip =
        field(IP, cells).map(a -> parsed(IP, a, IpAddress.parse(a), "IP address")).orElse(null);
    DeviceCategory category = category(cells);
    NetworkSegment segment =
        field(NETWORK_SEGMENT, cells)
            .map(s ->
                known(
                    NETWORK_SEGMENT,
                    s,
                    RegisterVocabulary.segment(s),
                    "isolated CCTV, core network or unknown"))
            .orElse(NetworkSegment.UNKNOWN);
    SensitivityTier tier =
        field(SENSITIVITY, cells)
            .map(s ->
                known(
                    SENSITIVITY,
                    s,
                    RegisterVocabulary.tier(s),
                    "standard, sensitive or highly sensitive"))
            .orElse(null);
    Set<SensitivityReason> reasons =
        field(SENSITIVITY_REASONS, cells)
            .map(s ->
                known(
                    SENSITIVITY_REASONS,
                    s,
                    RegisterVocabulary.reasons(s),
                    "SECRET material, DV-cleared staff, ministers, SOCPA"))
            .orElse(Set.of());
    String make = field(MAKE, cells).orElse(null);
    String model = field(MODEL, cells).orElse(null);
    String serial = field(SERIAL, cells).orElse(null);
    String assetTag = field(ASSET_TAG, cells).orElse(null);
    String hostname = field(HOSTNAME, cells).orElse(null);
    String description = field(DESCRIPTION, cells).orElse(null);
    if (make == null
        && model == null
        && serial == null
        && mac == null
        && ip == null
        && assetTag == null
        && hostname == null
        && description == null) {
      throw new Rejected(
          "",
          "no device details: needs a make, model, serial, MAC, IP, asset tag,"
              + " hostname or description");
    }
    checkSensitivity(site, tier, reasons, row.line(), cells);
    checkUnique(SERIAL, serial, serialLines, row.line(), "serial");
    checkUnique(ASSET_TAG, assetTag, assetTagLines, row.line(), "asset tag");
    checkUnique(MAC, mac, macLines, row.line(), "MAC address");
    // Only a row that is accepted may claim its serial, tag and site sensitivity.
    remember(serial, serialLines, row.line());
    remember(assetTag, assetTagLines, row.line());
    remember(mac, macLines, row.line());
    String text =
        (field(SENSITIVITY, cells).orElse("") + " " + field(SENSITIVITY_REASONS, cells).orElse(""))
            .strip();
    if (tier != null || !reasons.isEmpty()) {
      siteSensitivity.putIfAbsent(
          Names.key(site), new StatedSensitivity(row.line(), tier, reasons, text));
    }
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < cells.size() && i < width; i++) {
      raw.put(mapping.headers().get(i), cells.get(i));
    }
    return new RegisterEntry(
        row.line(),
        Names.tidy(site),
        field(ADDRESS, cells).orElse(null),
        field(POSTCODE, cells).map(p -> p.toUpperCase(java.util.Locale.ROOT)).orElse(null),
        field(REGION, cells).orElse(null),
        tier,
        reasons,
        field(LOCATION, cells).map(Names::tidy).orElse(null),
        category,
        make,
        model,
        serial,
        mac,
        ip,
        hostname,
        assetTag,
        description,
        segment,
        raw);
  }

  private DeviceCategory category(List<String> cells) {
    Optional<String> stated = field(CATEGORY, cells);
    if (stated.isPresent()) {
      return known(
          CATEGORY,
          stated.get(),
          RegisterVocabulary.category(stated.get()),
          "camera, recorder (NVR/DVR), encoder, intercom, access control or other");
    }
    // No category column: the description or model often says what the device is.
    for (RegisterColumn hint : List.of(DESCRIPTION, MODEL)) {
      Optional<DeviceCategory> guessed = field(hint, cells).flatMap(RegisterVocabulary::category);
      if (guessed.isPresent()) {
        return guessed.get();
      }
    }
    return DeviceCategory.OTHER;
  }

  private void checkUnique(
      RegisterColumn column, String value, Map<String, Long> seen, long line, String what) {
    if (value == null) {
      return;
    }
    Long first = seen.get(DeviceRecord.serialKey(value));
    if (first != null) {
      throw new Rejected(
          header(column),
          "duplicate " + what + " '" + value + "' (lines " + first + " and " + line + ")");
    }
  }

  private void checkSensitivity(
      String site,
      SensitivityTier tier,
      Set<SensitivityReason> reasons,
      long line,
      List<String> cells) {
    if (tier == null && reasons.isEmpty()) {
      return;
    }
    StatedSensitivity first = siteSensitivity.get(Names.key(site));
    String text =
        field(SENSITIVITY, cells).orElse("") + " " + field(SENSITIVITY_REASONS, cells).orElse("");
    if (first != null && (first.tier() != tier || !first.reasons().equals(reasons))) {
      throw new Rejected(
          header(tier != first.tier() ? SENSITIVITY : SENSITIVITY_REASONS),
          "site '"
              + site
              + "' is given sensitivity '"
              + text.strip()
              + "' but '"
              + first.text()
              + "' on line "
              + first.line());
    }
  }

  private static void remember(String value, Map<String, Long> seen, long line) {
    if (value != null) {
      seen.put(DeviceRecord.serialKey(value), line);
    }
  }

  private Optional<String> field(RegisterColumn column, List<String> cells) {
    Optional<String> value =
        mapping.value(column, cells).filter(v -> !RegisterVocabulary.isPlaceholder(v));
    if (value.isPresent() && value.get().length() > column.maxLength()) {
      throw new Rejected(header(column), "longer than " + column.maxLength() + " characters");
    }
    return value;
  }

  private String parsed(RegisterColumn column, String text, Optional<String> value, String what) {
    return value.orElseThrow(
        () -> new Rejected(header(column), "invalid " + what + " '" + text + "'"));
  }

  private <T> T known(RegisterColumn column, String text, Optional<T> value, String expected) {
    return value.orElseThrow(() ->
        new Rejected(
            header(column),
            "unknown "
                + column.key().replace('_', ' ')
                + " '"
                + text
                + "' (expected "
                + expected
                + ")"));
  }

  private String header(RegisterColumn column) {
    return mapping.header(column);
  }

  /** Control flow for a rejected row; never escapes this class. */
  private static final class Rejected extends RuntimeException {
    private final String column;

    Rejected(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  private static boolean hasControlCharacter(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
