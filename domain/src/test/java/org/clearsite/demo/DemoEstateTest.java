package org.clearsite.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoEstateTest {

  @Test
  void theSameSeedGivesTheSameEstate() {
    assertThat(DemoEstate.generate(7)).isEqualTo(DemoEstate.generate(7));
    assertThat(DemoEstate.generate(7)).isNotEqualTo(DemoEstate.generate(8));
  }

  @Test
  void itIsTheSizeTheReadmePromises() {
    List<DemoRegister> registers = DemoEstate.generate(2022);
    assertThat(registers).hasSize(5);
    long rows = registers.stream().mapToLong(r -> r.rows().size()).sum();
    assertThat(rows).isBetween(4_500L, 5_500L);
    long sites =
        registers.stream()
            .mapToLong(r ->
                r.rows().stream()
                    .map(row -> row.get(0).toLowerCase(java.util.Locale.ROOT))
                    .filter(s -> !s.isBlank())
                    .distinct()
                    .count())
            .sum();
    assertThat(sites).isEqualTo(200);
  }

  @Test
  void makesAreRecordedAsMessilyAsInRealRegisters() {
    Set<String> hikvisionSpellings =
        DemoEstate.generate(2022).stream()
            .flatMap(r -> r.rows().stream())
            .map(row -> row.get(8))
            .filter(make ->
                make.toLowerCase(java.util.Locale.ROOT).replace(" ", "").startsWith("hikvi"))
            .collect(Collectors.toSet());
    assertThat(hikvisionSpellings.size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aLargeRegisterHasExactlyTheRowsAskedFor() {
    assertThat(DemoEstate.largeRegister(1, 1234).rows()).hasSize(1234);
  }
}
