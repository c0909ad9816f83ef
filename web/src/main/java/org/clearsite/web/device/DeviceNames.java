package org.clearsite.web.device;

import java.util.Locale;
import org.clearsite.persistence.device.JdbcDevices;

/** How a device is named on pages: as its register recorded it, else by its category. */
public final class DeviceNames {

  private DeviceNames() {}

  public static String title(JdbcDevices.DeviceRow d) {
    String recorded =
        ((d.make() == null ? "" : d.make()) + " " + (d.model() == null ? "" : d.model())).strip();
    return recorded.isEmpty() ? category(d) : recorded;
  }

  /** "Camera", "Access control"; "Device" for the catch-all category. */
  public static String category(JdbcDevices.DeviceRow d) {
    if (d.category().equals("OTHER")) {
      return "Device";
    }
    String words = d.category().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
