package org.clearsite.web.device;

import java.util.Locale;
import org.clearsite.persistence.device.JdbcDevices;

/** How a device is named on pages: as its register recorded it, else by its category. */
public final class DeviceNames {

  private DeviceNames() {}

  public static String title(JdbcDevices.DeviceRow d) {
    return title(d.make(), d.model(), category(d));
  }

  /** Make and model as recorded, or {@code otherwise} when the register recorded neither. */
  public static String title(String make, String model, String otherwise) {
    String recorded = ((make == null ? "" : make) + " " + (model == null ? "" : model)).strip();
    return recorded.isEmpty() ? otherwise : recorded;
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
