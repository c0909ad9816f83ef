package org.clearsite.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.clearsite.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clearsite lifecycle}: the transition graph, printed without touching a database. */
class LifecycleCommandIT {

  @TempDir Path home;

  @Test
  void printsEveryNamedTransitionAsTextAndAsDot() {
    Cli cli = new Cli(Map.of("CLEARSITE_HOME", home.toString()));

    Cli.Result text = cli.run("lifecycle");
    Cli.Result dot = cli.run("lifecycle", "--format", "dot");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .startsWith("Initial state: identified")
        .containsPattern("confirm\\s+identified\\s+-> confirmed")
        .containsPattern("verify-removal\\s+removed\\s+-> verified")
        .containsPattern("reappear\\s+verified\\s+-> confirmed");
    assertThat(text.out().lines().count()).isEqualTo(14);
    assertThat(dot.exitCode()).isZero();
    assertThat(dot.out()).startsWith("digraph").contains("label=\"schedule\"").endsWith("}\n");
  }
}
