package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

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
}
