package org.clearsite.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.clearsite.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearsite demo}: the README's first command. The demo always uses the embedded database
 * under {@code CLEARSITE_HOME}, so this test is the same on either engine.
 */
class DemoCommandIT {

  @TempDir Path home;

  @Test
  void loadsTheDemoEstateAndRefusesToOverwriteRealData() throws Exception {
    Cli cli = new Cli(Map.of("CLEARSITE_HOME", home.toString()));

    Cli.Result first = cli.run("demo");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("5 departments")
        .contains("200 sites")
        .contains("Sites by sensitivity:")
        .contains("Most common makes");
    assertThat(Files.list(home.resolve("demo-registers")).count()).isGreaterThanOrEqualTo(5);
    long exported = cli.run("export", "devices", "--format", "jsonl").out().lines().count();
    assertThat(exported).isBetween(4_500L, 5_500L);

    Cli.Result again = cli.run("demo");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(cli.run("export", "devices", "--format", "jsonl").out().lines().count())
        .isEqualTo(exported);

    Path real = home.resolve("real.csv");
    Files.writeString(real, "Site,Make,Serial\nHQ,Axis,A1\n");
    cli.run("import", "register", real.toString(), "--department", "Real Dept");
    Cli.Result refused = cli.run("demo");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("CLEARSITE_HOME");
  }
}
