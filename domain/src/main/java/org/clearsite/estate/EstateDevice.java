package org.clearsite.estate;

import org.clearsite.device.Device;
import org.clearsite.site.Sensitivity;

/** A device with where it is: what an export writes and a department officer reads. */
/**
 * @param finding what attribution decided, or null when the device has not been attributed yet
 */
public record EstateDevice(
    String department,
    String site,
    Sensitivity siteSensitivity,
    String location,
    Device device,
    org.clearsite.device.MakerFinding finding) {}
