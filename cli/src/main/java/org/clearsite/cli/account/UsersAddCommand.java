package org.clearsite.cli.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clearsite.account.Account;
import org.clearsite.account.Role;
import org.clearsite.audit.AuditChange;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.web.security.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearsite users add NAME --role ROLE [--department D]... --password-stdin}. Saving an
 * existing name replaces its roles, departments and password.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Create an account, or replace the roles, departments and password of an existing one.",
      "Roles: admin, security-officer, estates, procurement, auditor. Only admin sees every"
          + " department; the others see only the departments given."
    })
public final class UsersAddCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The account name to sign in with.")
  String name;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "A role; repeat for more than one.")
  List<String> roles = new ArrayList<>();

  @Option(
      names = "--department",
      paramLabel = "D",
      description = "A department whose data the account may see; repeat for more.")
  List<String> departments = new ArrayList<>();

  @Option(
      names = "--password-stdin",
      description =
          "Read the password from the first line of standard input (at least "
              + Passwords.MINIMUM_LENGTH
              + " characters). Without it the account can sign in only by single sign-on.")
  boolean passwordStdin;

  @Override
  public Integer call() throws IOException {
    String accountName = name.strip();
    if (accountName.isEmpty() || accountName.length() > 100) {
      throw new UserError("an account name needs 1 to 100 characters");
    }
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    for (String role : roles) {
      try {
        chosen.add(Role.fromCliName(role));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    String hash = passwordStdin ? hash(readPassword()) : null;
    Context context = Context.fromEnvironment();
    Database database = context.openDatabase();
    Account account;
    try {
      account =
          new JdbcAccounts(database)
              .save(accountName, hash, chosen, new LinkedHashSet<>(departments));
    } catch (JdbcAccounts.Refused e) {
      throw new UserError(e.getMessage());
    }
    String summary =
        "roles="
            + chosen.stream().map(Role::cliName).sorted().collect(Collectors.joining(","))
            + " departments="
            + account.departments().stream().sorted().collect(Collectors.joining(","))
            + " password="
            + (hash != null);
    new JdbcAuditLog(database)
        .append(
            new AuditChange(
                context.actor(),
                "account.save",
                "account:" + account.name(),
                null,
                null,
                summary,
                null));
    spec.commandLine()
        .getOut()
        .printf(
            "account %s saved: %s%s%n",
            account.name(),
            chosen.stream().map(Role::cliName).sorted().collect(Collectors.joining(", ")),
            account.scope().all()
                ? ", every department"
                : account.departments().isEmpty()
                    ? ", no department (sees nothing until given one)"
                    : ", " + String.join(", ", account.departments().stream().sorted().toList()));
    return 0;
  }

  private static String readPassword() throws IOException {
    String line =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      throw new UserError("--password-stdin: no password on standard input");
    }
    return line;
  }

  private static String hash(String password) {
    try {
      return Passwords.hash(password);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
