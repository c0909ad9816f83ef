package org.clearsite.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a device type as people and scanners write it ("NVR", "IP dome", "door station") into the
 * knowledge base's vocabulary. A type it cannot read is unknown, never "other": an unknown type
 * must not take a device out of a regime's scope. Only kit that is plainly not video equipment (a
 * radio, a switch) is "other", and only when no video word matched first.
 */
final class DeviceTypes {

  private static final Pattern RECORDER =
      Pattern.compile("\\b(nvr|dvr|xvr|hvr|recorder|recording|storage)\\b");
  private static final Pattern ENCODER = Pattern.compile("\\b(encoder|video server|decoder)\\b");
  private static final Pattern INTERCOM =
      Pattern.compile("\\b(intercom|door station|doorbell|entry phone|vto|video door)\\b");
  private static final Pattern ACCESS =
      Pattern.compile(
          "\\b(access control|access_control|card reader|reader|door controller|turnstile)\\b");

  /** Kit that is plainly not video equipment: radios, network gear, telephones, printers. */
  private static final Pattern OTHER =
      Pattern.compile(
          "\\b(radio|repeater|transceiver|walkie talkie|two way radio|switch|router|access point"
              + "|firewall|telephone|ip phone|printer)\\b");

  private static final Pattern CAMERA =
      Pattern.compile(
          "\\b(camera|cam|cctv|dome|bullet|ptz|turret|fisheye|anpr|lpr|ipc|eyeball)\\b");

  private DeviceTypes() {}

  /**
   * The type a record states: its device type field, or failing that the words of its description
   * ("Lorex 2K Video Doorbell", "radio").
   */
  static String fromFields(Map<String, String> fields) {
    String stated = normalise(fields.get("device_type"));
    return stated != null ? stated : normalise(fields.get("description"));
  }

  static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    if (t.equals("camera")
        || t.equals("recorder")
        || t.equals("encoder")
        || t.equals("intercom")
        || t.equals("access_control")
        || t.equals("other")) {
      return t;
    }
    if (RECORDER.matcher(t).find()) {
      return "recorder";
    }
    if (ENCODER.matcher(t).find()) {
      return "encoder";
    }
    if (INTERCOM.matcher(t).find()) {
      return "intercom";
    }
    if (ACCESS.matcher(t).find()) {
      return "access_control";
    }
    if (CAMERA.matcher(t).find()) {
      return "camera";
    }
    if (OTHER.matcher(t).find()) {
      return "other";
    }
    return null;
  }
}
