package org.clearsite.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a device type as people and scanners write it ("NVR", "IP dome", "door station") into the
 * knowledge base's vocabulary. A type it cannot read is unknown, never "other": an unknown type
 * must not take a device out of a regime's scope. Only kit that is plainly not video equipment (a
 * radio, a switch) is "other", and only when no video word is there too.
 */
final class DeviceTypes {

  /** The types in the order they win when a text names several ("NVR with PoE switch"). */
  private static final List<String> TYPES =
      List.of("recorder", "encoder", "intercom", "access_control", "camera", "other");

  /** Words and phrases of one to three words, each with the type it names. */
  private static final Map<String, Integer> PHRASES = new HashMap<>();

  /** The longest phrase, in words. */
  private static final int LONGEST = 3;

  static {
    phrases("recorder", "nvr", "dvr", "xvr", "hvr", "recorder", "recording", "storage");
    phrases("encoder", "encoder", "video server", "decoder");
    phrases("intercom", "intercom", "door station", "doorbell", "entry phone", "vto", "video door");
    phrases(
        "access_control",
        "access control",
        "access_control",
        "card reader",
        "reader",
        "door controller",
        "turnstile");
    phrases(
        "camera", "camera", "cam", "cctv", "dome", "bullet", "ptz", "turret", "fisheye", "anpr",
        "lpr", "ipc", "eyeball");
    // Kit that is plainly not video equipment: radios, network gear, telephones, printers.
    phrases(
        "other",
        "radio",
        "repeater",
        "transceiver",
        "walkie talkie",
        "two way radio",
        "switch",
        "router",
        "access point",
        "firewall",
        "telephone",
        "ip phone",
        "printer");
  }

  private static void phrases(String type, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(phrase, TYPES.indexOf(type));
    }
  }

  private DeviceTypes() {}

  /**
   * The type a record states: its device type field, or failing that the words of its description
   * ("Lorex 2K Video Doorbell", "radio").
   */
  static String fromFields(Map<String, String> fields) {
    String stated = normalise(fields.get("device_type"));
    return stated != null ? stated : normalise(fields.get("description"));
  }

  /**
   * The type the text names, or null. Words are runs of letters, digits and underscores, as a
   * regular expression's word boundaries see them; a description is looked up word by word rather
   * than scanned once per type, which on a million records was a twentieth of {@code identify}.
   */
  static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (TYPES.contains(t)) {
      return t;
    }
    // Words, and whether each follows the one before after a single space or dash: only such
    // words make a phrase ("door station", "two-way radio"), as in the patterns first written.
    String[] words = new String[t.length() / 2 + 1];
    boolean[] joined = new boolean[words.length];
    int count = 0;
    int start = -1;
    int end = -2;
    for (int i = 0; i <= t.length(); i++) {
      boolean word = i < t.length() && isWordChar(t.charAt(i));
      if (word && start < 0) {
        start = i;
        joined[count] = start == end + 1 && (t.charAt(end) == ' ' || t.charAt(end) == '-');
      } else if (!word && start >= 0) {
        words[count++] = t.substring(start, i);
        end = i;
        start = -1;
      }
    }
    int best = TYPES.size();
    for (int first = 0; first < count && best > 0; first++) {
      String phrase = words[first];
      for (int size = 1; size <= LONGEST && first + size <= count; size++) {
        if (size > 1) {
          if (!joined[first + size - 1]) {
            break;
          }
          phrase = phrase + ' ' + words[first + size - 1];
        }
        Integer type = PHRASES.get(phrase);
        if (type != null && type < best) {
          best = type;
        }
      }
    }
    return best < TYPES.size() ? TYPES.get(best) : null;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
