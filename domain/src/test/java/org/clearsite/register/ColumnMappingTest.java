package org.clearsite.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void headersAreRecognisedWhateverTheirSpelling() {
    List<String> headers =
        List.of(
            "Building",
            "Area",
            "Manufacturer",
            "Model No.",
            "S / N",
            "MAC Address",
            "IP addr",
            "Asset No",
            "Sensitive site");
    ColumnMapping mapping = ColumnMapping.of(headers, new Properties());
    List<String> row = List.of("HQ", "Lobby", "Axis", "P3265", "123", "", "", "A1", "yes");
    assertThat(mapping.value(RegisterColumn.SITE, row)).contains("HQ");
    assertThat(mapping.value(RegisterColumn.LOCATION, row)).contains("Lobby");
    assertThat(mapping.value(RegisterColumn.MAKE, row)).contains("Axis");
    assertThat(mapping.value(RegisterColumn.MODEL, row)).contains("P3265");
    assertThat(mapping.value(RegisterColumn.SERIAL, row)).contains("123");
    assertThat(mapping.value(RegisterColumn.MAC, row)).isEmpty();
    assertThat(mapping.value(RegisterColumn.ASSET_TAG, row)).contains("A1");
    assertThat(mapping.value(RegisterColumn.SENSITIVITY, row)).contains("yes");
    assertThat(mapping.header(RegisterColumn.SERIAL)).isEqualTo("S / N");
  }

  @Test
  void aMappingFileNamesHeadersTheSynonymsMiss() {
    Properties overrides = new Properties();
    overrides.setProperty("site", "Premises Ref");
    overrides.setProperty("serial", "Unit S/N (label)");
    ColumnMapping mapping =
        ColumnMapping.of(List.of("Premises Ref", "Unit S/N (label)", "Make"), overrides);
    assertThat(mapping.value(RegisterColumn.SERIAL, List.of("HQ", "X1", "Axis"))).contains("X1");
  }

  @Test
  void aRegisterWithoutASiteColumnIsRefusedWithItsHeaders() {
    assertThatThrownBy(() -> ColumnMapping.of(List.of("Make", "Model"), new Properties()))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("no column for the site")
        .hasMessageContaining("[Make, Model]");
  }

  @Test
  void aMappingNamingAnUnknownColumnOrHeaderIsRefused() {
    Properties unknownColumn = new Properties();
    unknownColumn.setProperty("colour", "Site");
    assertThatThrownBy(() -> ColumnMapping.of(List.of("Site"), unknownColumn))
        .hasMessageContaining("unknown column 'colour'");
    Properties missingHeader = new Properties();
    missingHeader.setProperty("serial", "Serial Code");
    assertThatThrownBy(() -> ColumnMapping.of(List.of("Site"), missingHeader))
        .hasMessageContaining("no such header");
  }
}
