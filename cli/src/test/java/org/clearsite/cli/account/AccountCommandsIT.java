package org.clearsite.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.clearsite.cli.Cli;
import org.clearsite.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code users add}, {@code tokens create} and {@code audit verify}, on H2 and PostgreSQL. */
class AccountCommandsIT {

  private TestDatabase db;
  private Cli cli;

  @BeforeEach
  void open() throws Exception {
    db = TestDatabase.create();
    cli = new Cli(db.environment());
    Path register = Files.createTempFile("register", ".csv");
    Files.writeString(register, "Site,Make,Serial\nHQ,Axis,A1\n");
    assertThat(
            cli.run("import", "register", register.toString(), "--department", "Home Office")
                .exitCode())
        .isZero();
    Files.delete(register);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Cli.Result withStdin(String input, String... args) throws Exception {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process p = cli.builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Cli.Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void addsAnAccountAndATokenAndAuditsBoth() throws Exception {
    Cli.Result added =
        withStdin(
            "a long enough password\n",
            "users",
            "add",
            "alice",
            "--role",
            "security-officer",
            "--department",
            "home office",
            "--password-stdin");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).isEqualTo("account alice saved: security-officer, Home Office\n");

    Cli.Result token = cli.run("tokens", "create", "alice");
    assertThat(token.exitCode()).as(token.err()).isZero();
    assertThat(token.out()).matches("cst_[A-Za-z0-9_-]{43}\n");

    Cli.Result verified = cli.run("audit", "verify");
    assertThat(verified.exitCode()).isZero();
    // the import in open(), the account and the token
    assertThat(verified.out()).isEqualTo("audit log intact: 3 entries\n");
  }

  @Test
  void refusesWhatItCannotDoWithAReason() throws Exception {
    Cli.Result shortPassword =
        withStdin("short\n", "users", "add", "bob", "--role", "admin", "--password-stdin");
    Cli.Result badRole = cli.run("users", "add", "bob", "--role", "boss");
    Cli.Result noDepartment =
        cli.run("users", "add", "bob", "--role", "estates", "--department", "Nowhere");
    Cli.Result noAccount = cli.run("tokens", "create", "nobody");

    assertThat(shortPassword.exitCode()).isEqualTo(2);
    assertThat(shortPassword.err()).contains("at least 12 characters");
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'boss'", "security-officer");
    assertThat(noDepartment.exitCode()).isEqualTo(2);
    assertThat(noDepartment.err()).contains("no department named 'Nowhere'");
    assertThat(noAccount.exitCode()).isEqualTo(2);
    assertThat(noAccount.err()).contains("no account named 'nobody'");
  }

  @Test
  void auditVerifyFindsAnAlteredEntry() throws Exception {
    cli.run("users", "add", "alice", "--role", "auditor", "--department", "Home Office");
    cli.run("users", "add", "bob", "--role", "auditor", "--department", "Home Office");
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_entry SET actor = 'someone else' WHERE sequence = 2");
    }

    Cli.Result verified = cli.run("audit", "verify");

    assertThat(verified.exitCode()).isEqualTo(1);
    assertThat(verified.err()).contains("entry 2 was altered after it was written");
  }

  @Test
  void auditVerifyFindsEntriesCutFromTheEnd() throws Exception {
    cli.run("users", "add", "alice", "--role", "auditor", "--department", "Home Office");
    cli.run("users", "add", "bob", "--role", "auditor", "--department", "Home Office");
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM audit_entry WHERE sequence = 3");
    }

    Cli.Result verified = cli.run("audit", "verify");

    assertThat(verified.exitCode()).isEqualTo(1);
    assertThat(verified.err()).contains("entries were removed from the end");
  }
}
