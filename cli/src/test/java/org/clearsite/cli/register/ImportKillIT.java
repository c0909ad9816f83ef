package org.clearsite.cli.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.clearsite.cli.Cli;
import org.clearsite.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed part-way, after rows have reached the database, leaves the database exactly as
 * it was: the process is killed for real (SIGKILL), not asked to stop.
 */
class ImportKillIT {

  @TempDir Path dir;
  private TestDatabase db;
  private Cli cli;

  @BeforeEach
  void open() {
    db = TestDatabase.create();
    cli = new Cli(db.environment()).with("CLEARSITE_HOME", dir.resolve("home").toString());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aKilledImportLeavesNothingBehind() throws Exception {
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "Site,Make,Serial\nOld Admiralty,Hikvision,K1\n");
    assertThat(cli.run("import", "register", small.toString(), "--department", "MoD").exitCode())
        .isZero();
    String before = snapshot();

    Path big = dir.resolve("big.csv");
    Cli.Result generated =
        cli.run("generate", "register", "--rows", "150000", "--output", big.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();

    Process process =
        cli.builder("import", "register", big.toString(), "--department", "MoD")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String seen = waitForStoring(process);
    process.destroyForcibly();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(seen).as("the import was killed while storing").startsWith("stored ");
    assertThat(process.exitValue()).isNotZero();
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Reads stderr until the import says it has stored rows, so the kill lands mid-transaction. */
  private static String waitForStoring(Process process) throws Exception {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        if (line.startsWith("stored ")) {
          return line;
        }
      }
    }
    return "the import ended before storing (exit " + process.waitFor() + ")";
  }

  private String snapshot() throws SQLException {
    StringBuilder counts = new StringBuilder();
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          new String[] {
            "department", "site", "location", "device", "observation", "device_history"
          }) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.append(table).append('=').append(rs.getLong(1)).append(' ');
        }
      }
    }
    return counts.toString();
  }
}
