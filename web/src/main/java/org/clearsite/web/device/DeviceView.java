package org.clearsite.web.device;

import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Finding;
import org.clearsite.persistence.device.JdbcDevices;

/**
 * A device with its attribution worked out afresh from what was recorded, so the evidence shown is
 * exactly what the current knowledge base makes of it.
 */
public record DeviceView(JdbcDevices.DeviceRow device, Attribution attribution, String regime) {

  public Finding finding() {
    return attribution.equipment().get(regime);
  }
}
