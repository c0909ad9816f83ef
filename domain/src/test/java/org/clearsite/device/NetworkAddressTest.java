package org.clearsite.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "44:19:B6:12:34:56",
        "44-19-b6-12-34-56",
        "4419.b612.3456",
        "4419B6123456",
        " 44:19:b6:12:34:56 "
      })
  void macAddressesAreReadInEveryCommonNotation(String text) {
    assertThat(MacAddress.parse(text)).contains("44:19:b6:12:34:56");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00:1G:22:00:04:96",
        "44:19:b6:12:34",
        "44:19:b6:12:34:56:78",
        "4419-b612-3456",
        "",
        "hello"
      })
  void malformedMacAddressesAreRefused(String text) {
    assertThat(MacAddress.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMacKnowsItsMakersBlock() {
    assertThat(new MacAddress("44:19:b6:12:34:56").oui()).isEqualTo("44:19:b6");
    assertThatThrownBy(() -> new MacAddress("44-19-B6-12-34-56"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "192.168.001.010", "fe80::1", "2001:db8::8a2e:370:7334"})
  void ipAddressesAreAccepted(String text) {
    assertThat(IpAddress.parse(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.300.1",
        "10.0.0",
        "10.0.0.1.2",
        "camera-1.local",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "12345::1",
        "-1.0.0.0"
      })
  void whatIsNotAnIpAddressIsRefused(String text) {
    assertThat(IpAddress.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void leadingZerosAreDroppedSoOneAddressHasOneForm() {
    assertThat(IpAddress.parse("192.168.001.010")).contains("192.168.1.10");
  }
}
