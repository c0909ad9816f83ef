package org.clearsite.cli.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearsite.demo.DemoEstate;
import org.clearsite.demo.DemoRegister;
import org.clearsite.discovery.register.CsvRegisterWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clearsite generate register}: a large made-up register, for benchmarks and trials. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate test material.",
    subcommands = {GenerateCommand.Register.class})
public final class GenerateCommand {

  @Command(
      name = "register",
      mixinStandardHelpOptions = true,
      description = "Write a made-up register of valid rows as CSV (deterministic for a seed).")
  static final class Register implements Callable<Integer> {

    @Option(names = "--rows", required = true, paramLabel = "N", description = "How many rows.")
    int rows;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "CSV to write.")
    Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Default: 1.")
    long seed;

    @Override
    public Integer call() throws IOException {
      DemoRegister register = DemoEstate.largeRegister(seed, rows);
      CsvRegisterWriter.write(output, register.headers(), register.rows());
      return 0;
    }
  }
}
