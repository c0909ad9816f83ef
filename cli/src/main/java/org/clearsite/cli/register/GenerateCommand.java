package org.clearsite.cli.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearsite.attribution.evaluation.DeviceRecords;
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
    subcommands = {GenerateCommand.Register.class, GenerateCommand.Devices.class})
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

  @Command(
      name = "devices",
      mixinStandardHelpOptions = true,
      description = "Write made-up device records of mixed kinds as JSON Lines, for identify.")
  static final class Devices implements Callable<Integer> {

    @Option(names = "--rows", required = true, paramLabel = "N", description = "How many records.")
    long rows;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "FILE",
        description = "File to write.")
    Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Default: 1.")
    long seed;

    @Override
    public Integer call() throws IOException {
      tools.jackson.databind.json.JsonMapper json =
          tools.jackson.databind.json.JsonMapper.builder().build();
      try (java.io.BufferedWriter out =
          java.nio.file.Files.newBufferedWriter(output, java.nio.charset.StandardCharsets.UTF_8)) {
        for (long n = 1; n <= rows; n++) {
          out.write(json.writeValueAsString(DeviceRecords.record(seed, n)));
          out.write('\n');
        }
      }
      return 0;
    }
  }
}
