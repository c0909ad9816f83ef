package org.clearsite.cli.account;

import picocli.CommandLine.Command;

/** {@code clearsite tokens ...}: personal API tokens. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Manage personal API tokens.",
    subcommands = {TokensCreateCommand.class})
public final class TokensCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
