package org.clearsite.register;

import java.util.Map;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.NetworkSegment;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;

/**
 * A register row that passed every check: values trimmed, placeholders ("N/A") blanked, MAC and IP
 * in canonical form. Blank fields are {@code null}.
 *
 * @param statedTier the sensitivity the row states for its site, or null if it states none
 * @param rawFields every cell of the row under its header, exactly as read
 */
public record RegisterEntry(
    long line,
    String site,
    String address,
    String postcode,
    String region,
    SensitivityTier statedTier,
    java.util.Set<SensitivityReason> statedReasons,
    String location,
    DeviceCategory category,
    String make,
    String model,
    String serial,
    String mac,
    String ip,
    String hostname,
    String assetTag,
    String description,
    NetworkSegment segment,
    Map<String, String> rawFields) {

  /** Whether the row says anything about its site's sensitivity. */
  public boolean statesSensitivity() {
    return statedTier != null || !statedReasons.isEmpty();
  }
}
