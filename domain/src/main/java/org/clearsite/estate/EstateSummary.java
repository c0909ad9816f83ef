package org.clearsite.estate;

import java.util.Map;
import org.clearsite.device.DeviceCategory;
import org.clearsite.site.SensitivityTier;

/** Counts that describe an estate at a glance. Maps iterate in a stable order. */
public record EstateSummary(
    long departments,
    long sites,
    long devices,
    Map<SensitivityTier, Long> sitesByTier,
    Map<DeviceCategory, Long> devicesByCategory,
    Map<String, Long> topRecordedMakes) {}
