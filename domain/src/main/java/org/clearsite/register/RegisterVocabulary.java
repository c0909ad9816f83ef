package org.clearsite.register;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.NetworkSegment;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;

/** The words registers use for categories, networks and sensitivity, and for "not known". */
final class RegisterVocabulary {

  private static final Set<String> PLACEHOLDERS =
      Set.of("n/a", "na", "-", "--", "?", "unknown", "tbc", "tba", "none", "nil", "not known");

  private RegisterVocabulary() {}

  /** "N/A", "TBC", "-" and friends mean the field was not filled in. */
  static boolean isPlaceholder(String value) {
    return PLACEHOLDERS.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  static Optional<DeviceCategory> category(String text) {
    String t = words(text);
    if (t.matches(".*\\b(nvr|dvr|recorder|recording|storage|hvr|xvr)\\b.*")) {
      return Optional.of(DeviceCategory.RECORDER);
    }
    if (t.matches(".*\\b(encoder|video server|decoder)\\b.*")) {
      return Optional.of(DeviceCategory.ENCODER);
    }
    if (t.matches(".*\\b(intercom|door station|entry phone|video door|doorphone)\\b.*")) {
      return Optional.of(DeviceCategory.INTERCOM);
    }
    if (t.matches(
        ".*\\b(access control|access|card reader|reader|door controller|turnstile)\\b.*")) {
      return Optional.of(DeviceCategory.ACCESS_CONTROL);
    }
    if (t.matches(
        ".*\\b(camera|cam|cctv|dome|bullet|ptz|turret|fisheye|anpr|lpr|thermal|ipc|eyeball)\\b.*")) {
      return Optional.of(DeviceCategory.CAMERA);
    }
    if (t.matches("other|misc|miscellaneous|accessory|switch|monitor|workstation")) {
      return Optional.of(DeviceCategory.OTHER);
    }
    return Optional.empty();
  }

  static Optional<NetworkSegment> segment(String text) {
    String t = words(text);
    if (t.matches(
        ".*\\b(isolated|standalone|stand alone|air gapped|airgapped|cctv|dedicated)\\b.*")) {
      return Optional.of(NetworkSegment.ISOLATED_CCTV);
    }
    if (t.matches(".*\\b(core|corporate|lan|shared|office|enterprise|converged)\\b.*")) {
      return Optional.of(NetworkSegment.CORE_NETWORK);
    }
    if (t.matches("unknown|not known|unsure|\\?")) {
      return Optional.of(NetworkSegment.UNKNOWN);
    }
    return Optional.empty();
  }

  static Optional<SensitivityTier> tier(String text) {
    String t = words(text);
    return switch (t) {
      case "highly sensitive", "high", "very high", "critical", "tier 1", "1" ->
          Optional.of(SensitivityTier.HIGHLY_SENSITIVE);
      case "sensitive", "yes", "y", "medium", "tier 2", "2", "true" ->
          Optional.of(SensitivityTier.SENSITIVE);
      case "standard", "not sensitive", "no", "n", "low", "official", "tier 3", "3", "false" ->
          Optional.of(SensitivityTier.STANDARD);
      default -> Optional.empty();
    };
  }

  /**
   * Reads reasons such as "SECRET; ministers" and "DV staff / SOCPA".
   *
   * @return the reasons, or empty if any part is not a recognised reason
   */
  static Optional<Set<SensitivityReason>> reasons(String text) {
    Set<SensitivityReason> reasons = EnumSet.noneOf(SensitivityReason.class);
    for (String part : text.split("[;,/+&]|\\band\\b")) {
      String t = words(part);
      if (t.isEmpty()) {
        continue;
      }
      if (t.matches(".*\\b(secret|top secret|ts|classified)\\b.*")) {
        reasons.add(SensitivityReason.SECRET_MATERIAL);
      } else if (t.matches(".*\\b(dv|developed vetting|dv cleared|vetted)\\b.*")) {
        reasons.add(SensitivityReason.DV_CLEARED_STAFF);
      } else if (t.matches(".*\\b(minister|ministers|ministerial)\\b.*")) {
        reasons.add(SensitivityReason.MINISTERIAL_USE);
      } else if (t.matches(".*\\b(socpa|protected site|designated site)\\b.*")) {
        reasons.add(SensitivityReason.SOCPA_PROTECTED);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(reasons);
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[_\\-]", " ").replaceAll("\\s+", " ").strip();
  }
}
