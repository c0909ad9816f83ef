package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeviceTypesTest {

  @Test
  void readsTheWaysPeopleAndScannersWriteATypeOfDevice() {
    assertThat(DeviceTypes.normalise("IP dome")).isEqualTo("camera");
    assertThat(DeviceTypes.normalise("NVR with PoE switch")).isEqualTo("recorder");
    assertThat(DeviceTypes.normalise("villa door station")).isEqualTo("intercom");
    assertThat(DeviceTypes.normalise("card reader")).isEqualTo("access_control");
  }

  @Test
  void onlyKitThatIsPlainlyNotVideoIsOther() {
    assertThat(DeviceTypes.normalise("DMR repeater")).isEqualTo("other");
    assertThat(DeviceTypes.normalise("PoE switch")).isEqualTo("other");
    assertThat(DeviceTypes.normalise("two-way radio")).isEqualTo("other");
    assertThat(DeviceTypes.normalise("indoor monitor")).isNull();
    assertThat(DeviceTypes.normalise("gadget")).isNull();
  }

  @Test
  void readsADescriptionAsThePatternsFirstWrittenForItDid() {
    List<String> words =
        List.of(
            "nvr",
            "NVR",
            "recording",
            "video",
            "server",
            "door",
            "station",
            "doorbell",
            "entry",
            "phone",
            "ip",
            "access",
            "control",
            "card",
            "reader",
            "controller",
            "camera",
            "cam",
            "cams",
            "dome",
            "ptz",
            "radio",
            "two",
            "way",
            "walkie",
            "talkie",
            "switch",
            "point",
            "printer",
            "Hikvision",
            "2K",
            "outdoor",
            "vto2202",
            "access_control",
            "x");
    List<String> separators = List.of(" ", "-", ",", "/", ".", "(", ")", ":");
    Random random = new Random(3);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(6); i > 0; i--) {
        if (!text.isEmpty()) {
          text.append(separators.get(random.nextInt(separators.size())));
        }
        text.append(words.get(random.nextInt(words.size())));
      }
      assertThat(DeviceTypes.normalise(text.toString()))
          .as("'%s'", text)
          .isEqualTo(asFirstWritten(text.toString()));
    }
  }

  private static final List<Pattern> FIRST_WRITTEN =
      List.of(
          Pattern.compile("\\b(nvr|dvr|xvr|hvr|recorder|recording|storage)\\b"),
          Pattern.compile("\\b(encoder|video server|decoder)\\b"),
          Pattern.compile("\\b(intercom|door station|doorbell|entry phone|vto|video door)\\b"),
          Pattern.compile(
              "\\b(access control|access_control|card reader|reader|door controller|turnstile)\\b"),
          Pattern.compile(
              "\\b(camera|cam|cctv|dome|bullet|ptz|turret|fisheye|anpr|lpr|ipc|eyeball)\\b"),
          Pattern.compile(
              "\\b(radio|repeater|transceiver|walkie talkie|two way radio|switch|router"
                  + "|access point|firewall|telephone|ip phone|printer)\\b"));

  private static final List<String> TYPES =
      List.of("recorder", "encoder", "intercom", "access_control", "camera", "other");

  /** One regular expression per type, tried in order: how the types were first read. */
  private static String asFirstWritten(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    if (TYPES.contains(t)) {
      return t;
    }
    for (int i = 0; i < FIRST_WRITTEN.size(); i++) {
      if (FIRST_WRITTEN.get(i).matcher(t).find()) {
        return TYPES.get(i);
      }
    }
    return null;
  }
}
