package org.clearsite.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.clearsite.device.DeviceCategory;
import org.clearsite.device.NetworkSegment;
import org.clearsite.site.SensitivityReason;
import org.clearsite.site.SensitivityTier;
import org.junit.jupiter.api.Test;

/** One test per rejection reason, and the normalising an accepted row gets. */
class RegisterValidatorTest {

  private static final List<String> HEADERS =
      List.of(
          "Site",
          "Location",
          "Type",
          "Make",
          "Model",
          "S/N",
          "MAC",
          "IP",
          "Asset Tag",
          "Sensitivity",
          "Sensitivity reasons",
          "Network",
          "Notes");

  private final RegisterValidator validator =
      new RegisterValidator(ColumnMapping.of(HEADERS, new Properties()));

  private long line = 1;

  private RegisterValidator.Result row(String... cells) {
    return validator.check(new RegisterRow(++line, new ArrayList<>(Arrays.asList(cells))));
  }

  private static String[] good() {
    return new String[] {
      "HQ",
      "Lobby",
      "Camera",
      "Hikvision",
      "DS-2CD2143G2-I",
      "SN1",
      "44-19-B6-00-00-01",
      "10.0.0.1",
      "AT-1",
      "",
      "",
      "isolated",
      ""
    };
  }

  private static String[] with(int column, String value) {
    String[] cells = good();
    cells[column] = value;
    return cells;
  }

  @Test
  void anAcceptedRowIsNormalised() {
    RegisterEntry e = row(good()).entry();
    assertThat(e.site()).isEqualTo("HQ");
    assertThat(e.mac()).isEqualTo("44:19:b6:00:00:01");
    assertThat(e.category()).isEqualTo(DeviceCategory.CAMERA);
    assertThat(e.segment()).isEqualTo(NetworkSegment.ISOLATED_CCTV);
    assertThat(e.rawFields()).containsEntry("MAC", "44-19-B6-00-00-01").hasSize(HEADERS.size());
  }

  @Test
  void placeholdersMeanBlank() {
    RegisterEntry e = row(with(5, "N/A")).entry();
    assertThat(e.serial()).isNull();
  }

  @Test
  void missingSite() {
    assertRejected(row(with(0, "  ")), "Site", "missing site");
  }

  @Test
  void invalidMac() {
    assertRejected(
        row(with(6, "00:1G:22:00:04:96")), "MAC", "invalid MAC address '00:1G:22:00:04:96'");
  }

  @Test
  void invalidIp() {
    assertRejected(row(with(7, "10.0.300.1")), "IP", "invalid IP address '10.0.300.1'");
  }

  @Test
  void duplicateSerialNamesBothLines() {
    assertThat(row(good()).entry()).isNotNull();
    String[] again = with(8, "AT-2");
    again[5] = "sn 1"; // same serial, other case and spacing
    assertRejected(row(again), "S/N", "duplicate serial 'sn 1' (lines 2 and 3)");
  }

  @Test
  void duplicateAssetTag() {
    assertThat(row(good()).entry()).isNotNull();
    assertRejected(row(with(5, "SN2")), "Asset Tag", "duplicate asset tag 'AT-1' (lines 2 and 3)");
  }

  @Test
  void duplicateMacAddressInAnotherSpelling() {
    assertThat(row(good()).entry()).isNotNull();
    String[] again = with(5, "SN2");
    again[8] = "AT-2";
    again[6] = "4419.b600.0001";
    assertRejected(row(again), "MAC", "duplicate MAC address '44:19:b6:00:00:01' (lines 2 and 3)");
  }

  @Test
  void aRejectedRowDoesNotClaimItsSerial() {
    assertThat(row(with(6, "bad mac")).rejection()).isNotNull();
    assertThat(row(good()).entry()).isNotNull();
  }

  @Test
  void unknownCategory() {
    assertRejected(
        row(with(2, "toaster")),
        "Type",
        "unknown category 'toaster' (expected camera, recorder (NVR/DVR), encoder, intercom, access control or other)");
  }

  @Test
  void categoryIsGuessedFromTheModelWhenNotStated() {
    String[] cells = with(2, "");
    cells[4] = "NVR4216-16P-4KS2 nvr";
    assertThat(row(cells).entry().category()).isEqualTo(DeviceCategory.RECORDER);
  }

  @Test
  void unknownNetworkSegment() {
    assertRejected(
        row(with(11, "wifi maybe")),
        "Network",
        "unknown network segment 'wifi maybe' (expected isolated CCTV, core network or unknown)");
  }

  @Test
  void unknownSensitivity() {
    assertRejected(
        row(with(9, "purple")),
        "Sensitivity",
        "unknown sensitivity 'purple' (expected standard, sensitive or highly sensitive)");
  }

  @Test
  void unknownSensitivityReason() {
    assertRejected(
        row(with(10, "SECRET; weather")),
        "Sensitivity reasons",
        "unknown sensitivity reasons 'SECRET; weather' (expected SECRET material, DV-cleared staff, ministers, SOCPA)");
  }

  @Test
  void sensitivityReasonsAreRead() {
    RegisterEntry e = row(with(10, "SECRET material; DV staff / Ministers & SOCPA")).entry();
    assertThat(e.statedReasons()).containsExactlyInAnyOrder(SensitivityReason.values());
  }

  @Test
  void conflictingSiteSensitivityNamesTheFirstLine() {
    assertThat(row(with(9, "Sensitive")).entry().statedTier()).isEqualTo(SensitivityTier.SENSITIVE);
    String[] other = with(9, "standard");
    other[5] = "SN2";
    other[8] = "AT-2";
    other[0] = "hq"; // the same site, spelled differently
    assertRejected(
        row(other),
        "Sensitivity",
        "site 'hq' is given sensitivity 'standard' but 'Sensitive' on line 2");
  }

  @Test
  void tooLong() {
    assertRejected(row(with(3, "x".repeat(201))), "Make", "longer than 200 characters");
  }

  @Test
  void noDeviceDetails() {
    assertRejected(
        row("HQ", "Lobby", "", "", "", "", "", "", "", "", "", "", ""),
        "",
        "no device details: needs a make, model, serial, MAC, IP, asset tag, hostname or description");
  }

  @Test
  void moreFieldsThanHeaders() {
    String[] cells = Arrays.copyOf(good(), HEADERS.size() + 1);
    cells[HEADERS.size()] = "stray";
    assertRejected(row(cells), "", "row has 14 fields but the header has 13 columns");
  }

  @Test
  void controlCharacters() {
    assertRejected(row(with(12, "bell\u0007")), "", "row contains control characters");
  }

  private static void assertRejected(
      RegisterValidator.Result result, String column, String reason) {
    assertThat(result.entry()).isNull();
    assertThat(result.rejection().column()).isEqualTo(column);
    assertThat(result.rejection().reason()).isEqualTo(reason);
  }
}
