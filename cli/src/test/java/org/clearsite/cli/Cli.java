package org.clearsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code clearsite.jar} as a separate process, the way a user or a script does:
 * real arguments, real exit code, real stdout and stderr.
 */
public final class Cli {

  private static final Path JAR = Path.of("target", "clearsite.jar").toAbsolutePath();

  private final Map<String, String> environment = new HashMap<>();

  public Cli(Map<String, String> environment) {
    this.environment.putAll(environment);
  }

  public Cli with(String name, String value) {
    Cli copy = new Cli(environment);
    copy.environment.put(name, value);
    return copy;
  }

  public record Result(int exitCode, String out, String err) {}

  public ProcessBuilder builder(String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run the tests through Maven (verify)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("CLEARSITE_DB_URL");
    builder.environment().remove("CLEARSITE_HOME");
    builder.environment().putAll(environment);
    return builder;
  }

  public Result run(String... args) {
    try {
      Path out = Files.createTempFile("clearsite-out", ".txt");
      Path err = Files.createTempFile("clearsite-err", ".txt");
      try {
        Process process =
            builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException("clearsite " + String.join(" ", args) + " hung");
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
