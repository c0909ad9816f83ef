package org.clearsite.cli.audit;

import picocli.CommandLine.Command;

/** {@code clearsite audit ...}: the audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Check the audit log of changes.",
    subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
