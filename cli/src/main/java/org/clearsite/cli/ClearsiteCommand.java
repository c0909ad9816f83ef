package org.clearsite.cli;

import org.clearsite.cli.account.TokensCommand;
import org.clearsite.cli.account.UsersCommand;
import org.clearsite.cli.attribution.AttributeCommand;
import org.clearsite.cli.attribution.CheckCommand;
import org.clearsite.cli.attribution.EvalCommand;
import org.clearsite.cli.attribution.IdentifyCommand;
import org.clearsite.cli.audit.AuditCommand;
import org.clearsite.cli.demo.DemoCommand;
import org.clearsite.cli.device.ExportCommand;
import org.clearsite.cli.lifecycle.LifecycleCommand;
import org.clearsite.cli.register.GenerateCommand;
import org.clearsite.cli.register.ImportCommand;
import org.clearsite.cli.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clearsite} command. Exit codes: 0 done, 1 failed, 2 bad usage or unreadable input. */
@Command(
    name = "clearsite",
    mixinStandardHelpOptions = true,
    versionProvider = ClearsiteCommand.Version.class,
    description = "Find, attribute, plan the removal of and stop buying covered surveillance kit.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      LifecycleCommand.class,
      IdentifyCommand.class,
      CheckCommand.class,
      EvalCommand.class,
      AttributeCommand.class,
      GenerateCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      TokensCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ClearsiteCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI without exiting, for tests. */
  public static int run(String... args) {
    return new CommandLine(new ClearsiteCommand())
        .setExecutionExceptionHandler(new Failures())
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ClearsiteCommand.class.getPackage().getImplementationVersion();
      return new String[] {"clearsite " + (version == null ? "(development build)" : version)};
    }
  }
}
