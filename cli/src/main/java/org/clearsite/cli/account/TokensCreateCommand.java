package org.clearsite.cli.account;

import java.util.concurrent.Callable;
import org.clearsite.audit.AuditChange;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.web.security.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearsite tokens create NAME}: prints a new API token, the only time it is shown. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a personal API token for an account and print it (only once: it is kept hashed).",
      "Send it as 'Authorization: Bearer TOKEN'; it has the account's roles and departments."
    })
public final class TokensCreateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The account the token acts for.")
  String name;

  @Override
  public Integer call() {
    Context context = Context.fromEnvironment();
    Database database = context.openDatabase();
    String token = ApiTokens.create();
    try {
      new JdbcAccounts(database).addToken(name.strip(), ApiTokens.hash(token));
    } catch (JdbcAccounts.Refused e) {
      throw new UserError(e.getMessage());
    }
    new JdbcAuditLog(database)
        .append(AuditChange.of(context.actor(), "token.create", "account:" + name.strip(), null));
    spec.commandLine().getOut().println(token);
    return 0;
  }
}
