package org.clearsite.register;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.NetworkSegment;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;

/** The words registers use for categories, networks and sensitivity, and for "not known". */
final class RegisterVocabulary {

  private static final Set<String> PLACEHOLDERS =
      Set.of("n/a", "na", "-", "--", "?", "unknown", "tbc", "tba", "none", "nil", "not known");

  // Compiled once: every row of a million-row register passes through here.
  private static final Pattern RECORDER =
      Pattern.compile("\\b(nvr|dvr|recorder|recording|storage|hvr|xvr)\\b");
  private static final Pattern ENCODER = Pattern.compile("\\b(encoder|video server|decoder)\\b");
  private static final Pattern INTERCOM =
      Pattern.compile("\\b(intercom|door station|entry phone|video door|doorphone)\\b");
  private static final Pattern ACCESS_CONTROL =
      Pattern.compile("\\b(access control|access|card reader|reader|door controller|turnstile)\\b");
  private static final Pattern CAMERA =
      Pattern.compile(
          "\\b(camera|cam|cctv|dome|bullet|ptz|turret|fisheye|anpr|lpr|thermal|ipc|eyeball)\\b");
  private static final Pattern OTHER =
      Pattern.compile("other|misc|miscellaneous|accessory|switch|monitor|workstation");
  private static final Pattern ISOLATED =
      Pattern.compile(
          "\\b(isolated|standalone|stand alone|air gapped|airgapped|cctv|dedicated)\\b");
  private static final Pattern CORE =
      Pattern.compile("\\b(core|corporate|lan|shared|office|enterprise|converged)\\b");
  private static final Pattern UNKNOWN = Pattern.compile("unknown|not known|unsure|\\?");
  private static final Pattern SECRET = Pattern.compile("\\b(secret|top secret|ts|classified)\\b");
  private static final Pattern DV =
      Pattern.compile("\\b(dv|developed vetting|dv cleared|vetted)\\b");
  private static final Pattern MINISTERS =
      Pattern.compile("\\b(minister|ministers|ministerial)\\b");
  private static final Pattern SOCPA =
      Pattern.compile("\\b(socpa|protected site|designated site)\\b");
  private static final Pattern REASON_SEPARATOR = Pattern.compile("[;,/+&]|\\band\\b");
  private static final Pattern DASHES = Pattern.compile("[_\\-]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RegisterVocabulary() {}

  /** "N/A", "TBC", "-" and friends mean the field was not filled in. */
  static boolean isPlaceholder(String value) {
    return PLACEHOLDERS.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  static Optional<DeviceCategory> category(String text) {
    String t = words(text);
    if (RECORDER.matcher(t).find()) {
      return Optional.of(DeviceCategory.RECORDER);
    }
    if (ENCODER.matcher(t).find()) {
      return Optional.of(DeviceCategory.ENCODER);
    }
    if (INTERCOM.matcher(t).find()) {
      return Optional.of(DeviceCategory.INTERCOM);
    }
    if (ACCESS_CONTROL.matcher(t).find()) {
      return Optional.of(DeviceCategory.ACCESS_CONTROL);
    }
    if (CAMERA.matcher(t).find()) {
      return Optional.of(DeviceCategory.CAMERA);
    }
    if (OTHER.matcher(t).matches()) {
      return Optional.of(DeviceCategory.OTHER);
    }
    return Optional.empty();
  }

  static Optional<NetworkSegment> segment(String text) {
    String t = words(text);
    if (ISOLATED.matcher(t).find()) {
      return Optional.of(NetworkSegment.ISOLATED_CCTV);
    }
    if (CORE.matcher(t).find()) {
      return Optional.of(NetworkSegment.CORE_NETWORK);
    }
    if (UNKNOWN.matcher(t).matches()) {
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
    for (String part : REASON_SEPARATOR.split(text)) {
      String t = words(part);
      if (t.isEmpty()) {
        continue;
      }
      if (SECRET.matcher(t).find()) {
        reasons.add(SensitivityReason.SECRET_MATERIAL);
      } else if (DV.matcher(t).find()) {
        reasons.add(SensitivityReason.DV_CLEARED_STAFF);
      } else if (MINISTERS.matcher(t).find()) {
        reasons.add(SensitivityReason.MINISTERIAL_USE);
      } else if (SOCPA.matcher(t).find()) {
        reasons.add(SensitivityReason.SOCPA_PROTECTED);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(reasons);
  }

  private static String words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return SPACES.matcher(DASHES.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
  }
}
