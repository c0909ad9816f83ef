package org.clearsite.attribution.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two shapes Debian ships the IEEE registry in, read from files written here. */
class IeeeRegistryTest {

  @TempDir Path dir;

  @Test
  void readsIeeeDataCsvWithQuotedNames() throws IOException {
    Path file = dir.resolve("oui.csv");
    Files.writeString(
        file,
        """
        Registry,Assignment,Organization Name,Organization Address
        MA-L,001132,Synology Incorporated,"3F-3, No. 106, Chang An W. Rd. Taipei TW 103"
        MA-L,4419B6,"Hangzhou Hikvision Digital Technology Co.,Ltd.","No.555 Qianmo Road CN"
        MA-L,XYZ,broken line,
        MA-L,0011GZ,not hexadecimal,
        MA-L,0011２２,full-width digits,
        MA-S,0011223344,too long,
        """);

    assertThat(IeeeRegistry.readIeeeCsv(file))
        .extracting(MacPrefix::prefix, MacPrefix::registrant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("001132", "Synology Incorporated"),
            org.assertj.core.groups.Tuple.tuple(
                "4419B6", "Hangzhou Hikvision Digital Technology Co.,Ltd."));
  }

  @Test
  void readsWiresharkManufIncludingLongerBlocksAndSkipsWhatItCannotRead() throws IOException {
    Path file = dir.resolve("manuf");
    Files.writeString(
        file,
        """
        # comment
        00:11:32\tSynology\tSynology Incorporated
        70:B3:D5:00:10:00/36\tSomeCo\tSome Company Ltd
        AA:BB:CC:00:00:00/xx\tBroken\tBroken mask
        """);

    assertThat(IeeeRegistry.readManuf(file))
        .extracting(MacPrefix::prefix, MacPrefix::registrant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("001132", "Synology Incorporated"),
            org.assertj.core.groups.Tuple.tuple("70B3D5001", "Some Company Ltd"));
  }
}
