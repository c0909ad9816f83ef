package org.clearsite.cli.account;

import picocli.CommandLine.Command;

/** {@code clearsite users ...}: accounts for the web application and API. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage the accounts that sign in to the web application and API.",
    subcommands = {UsersAddCommand.class})
public final class UsersCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
