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
 * real arguments, real exit code, real stdout and stderr. Like the {@code clearsite} launcher, it
 * runs the jar extracted, with a class data sharing archive: each start then takes half the time.
 */
public final class Cli {

  private static final Path JAR = Path.of("target", "clearsite.jar").toAbsolutePath();
  private static final Path EXTRACTED = Path.of("target", "it-launcher").toAbsolutePath();

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
    command.add(java());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-XX:SharedArchiveFile=" + EXTRACTED.resolve("clearsite.jsa"));
    command.add("-XX:+AutoCreateSharedArchive");
    command.add("-Xlog:disable");
    command.add("-jar");
    command.add(extracted().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("CLEARSITE_DB_URL");
    builder.environment().remove("CLEARSITE_HOME");
    builder.environment().putAll(environment);
    return builder;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The jar extracted as the launcher does it, once per test run. */
  private static synchronized Path extracted() {
    Path jar = EXTRACTED.resolve("clearsite.jar");
    try {
      if (!Files.isRegularFile(jar)
          || Files.getLastModifiedTime(JAR).compareTo(Files.getLastModifiedTime(jar)) > 0) {
        Process extract =
            new ProcessBuilder(
                    java(),
                    "-Djarmode=tools",
                    "-jar",
                    JAR.toString(),
                    "extract",
                    "--force",
                    "--destination",
                    EXTRACTED.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
          throw new IllegalStateException("could not extract " + JAR);
        }
        Files.deleteIfExists(EXTRACTED.resolve("clearsite.jsa"));
      }
      return jar;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
