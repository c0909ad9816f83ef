package org.clearsite.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.DatabaseConfig;
import org.clearsite.site.SensitivityPolicy;

/**
 * What every command needs, read from the environment (see the configuration table in the README).
 */
public final class Context {

  private final Map<String, String> env;

  private Context(Map<String, String> env) {
    this.env = env;
  }

  public static Context fromEnvironment() {
    return new Context(System.getenv());
  }

  /** The knowledge base directory to use instead of the bundled one, or null. */
  public String knowledgeDirectory() {
    String directory = env.get("CLEARSITE_KNOWLEDGE");
    return directory == null || directory.isBlank() ? null : directory;
  }

  /** A setting from the environment, or {@code otherwise} when it is unset or blank. */
  public String setting(String name, String otherwise) {
    String value = env.get(name);
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  /** Who ran the command, for the audit log: the operating system account. */
  public String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  public DatabaseConfig databaseConfig() {
    return DatabaseConfig.fromEnvironment(env);
  }

  public Path home() {
    return DatabaseConfig.home(env);
  }

  public Database openDatabase() {
    return Database.open(databaseConfig());
  }

  public Clock clock() {
    return Clock.systemUTC();
  }

  /** A terminal gets a progress bar; the launcher tells us whether stderr is one. */
  public boolean interactive() {
    return Boolean.getBoolean("clearsite.tty");
  }

  /**
   * The UK default, raised per reason by {@code $CLEARSITE_HOME/sensitivity.properties} when that
   * exists, or by the file {@code CLEARSITE_SENSITIVITY_POLICY} names, which must exist.
   */
  public SensitivityPolicy sensitivityPolicy() {
    String named = env.get("CLEARSITE_SENSITIVITY_POLICY");
    Path file =
        named == null || named.isBlank()
            ? home().resolve("sensitivity.properties")
            : Path.of(named);
    if (!Files.isRegularFile(file)) {
      if (named != null && !named.isBlank()) {
        throw new UserError("CLEARSITE_SENSITIVITY_POLICY names " + file + ", which is not a file");
      }
      return SensitivityPolicy.ukDefault();
    }
    try {
      return SensitivityPolicy.fromProperties(properties(file, "sensitivity policy"));
    } catch (IllegalArgumentException e) {
      throw new UserError("sensitivity policy " + file + ": " + e.getMessage());
    }
  }

  public static Properties properties(Path file, String what) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError("cannot read " + what + " " + file + ": " + e.getMessage());
    }
    return properties;
  }
}
