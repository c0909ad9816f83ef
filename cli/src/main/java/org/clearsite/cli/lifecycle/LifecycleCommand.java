package org.clearsite.cli.lifecycle;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clearsite.device.Lifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearsite lifecycle [--format text|dot]}: the device lifecycle graph. */
@Command(
    name = "lifecycle",
    mixinStandardHelpOptions = true,
    description = "Print the device lifecycle: every allowed transition, by name.")
public final class LifecycleCommand implements Callable<Integer> {

  enum Format {
    text,
    dot
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or dot.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.dot) {
      out.print(Lifecycle.toDot());
    } else {
      out.printf("Initial state: %s%n", name(Lifecycle.initial()));
      for (Lifecycle.Transition t : Lifecycle.transitions()) {
        out.printf("%-20s %-11s -> %s%n", t.name(), name(t.from()), name(t.to()));
      }
    }
    out.flush();
    return 0;
  }

  private static String name(Enum<?> state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
