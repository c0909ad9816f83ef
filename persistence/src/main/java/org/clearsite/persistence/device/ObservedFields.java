package org.clearsite.persistence.device;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A stored device's recorded fields by {@code identify}'s names, as the engine reads them. */
public final class ObservedFields {

  private ObservedFields() {}

  public static Map<String, String> of(
      String make,
      String model,
      String serial,
      String mac,
      String hostname,
      String description,
      String category) {
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "make", make);
    put(fields, "model", model);
    put(fields, "serial", serial);
    put(fields, "mac", mac);
    put(fields, "hostname", hostname);
    put(fields, "description", description);
    if (category != null && !category.equals("OTHER")) {
      fields.put("device_type", category.toLowerCase(Locale.ROOT));
    }
    return fields;
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null) {
      fields.put(key, value);
    }
  }
}
