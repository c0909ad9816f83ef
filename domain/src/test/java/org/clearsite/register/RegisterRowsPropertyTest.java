package org.clearsite.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the rows hold, each one is either accepted or rejected, never lost or counted twice. */
class RegisterRowsPropertyTest {

  private static final List<String> HEADERS =
      List.of("Site", "Make", "Serial", "MAC", "IP", "Type");

  @Property(tries = 200)
  void everyRowIsAccountedFor(@ForAll("rows") List<List<String>> rows) {
    RegisterValidator validator =
        new RegisterValidator(ColumnMapping.of(HEADERS, new Properties()));
    long accepted = 0;
    long rejected = 0;
    long line = 1;
    for (List<String> cells : rows) {
      RegisterValidator.Result result = validator.check(new RegisterRow(++line, cells));
      assertThat(result.entry() == null).isNotEqualTo(result.rejection() == null);
      if (result.entry() != null) {
        accepted++;
      } else {
        rejected++;
        assertThat(result.rejection().line()).isEqualTo(line);
        assertThat(result.rejection().reason()).isNotBlank();
      }
    }
    assertThat(accepted + rejected).isEqualTo(rows.size());
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> cell =
        Arbitraries.oneOf(
            Arbitraries.of(
                "",
                "HQ",
                "hq",
                "N/A",
                "Axis",
                "camera",
                "nvr",
                "toaster",
                "SN1",
                "SN1 ",
                "44:19:b6:00:00:01",
                "00:1G:00:00:00:00",
                "10.0.0.1",
                "10.0.0.300",
                "x".repeat(300)),
            Arbitraries.strings().ofMaxLength(12));
    return cell.list().ofMinSize(0).ofMaxSize(8).list().ofMaxSize(40);
  }
}
