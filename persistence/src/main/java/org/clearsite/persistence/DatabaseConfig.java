package org.clearsite.persistence;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is. Embedded H2 under {@code $CLEARSITE_HOME} (default {@code ./data}) unless
 * {@code CLEARSITE_DB_URL} names another, e.g. PostgreSQL in production.
 */
public record DatabaseConfig(String url, String user, String password) {

  /** The H2 settings that make it accept the same SQL as PostgreSQL. */
  public static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  public static DatabaseConfig fromEnvironment(Map<String, String> env) {
    String url = env.get("CLEARSITE_DB_URL");
    if (url != null && !url.isBlank()) {
      return new DatabaseConfig(
          url,
          env.getOrDefault("CLEARSITE_DB_USER", ""),
          env.getOrDefault("CLEARSITE_DB_PASSWORD", ""));
    }
    return embedded(home(env));
  }

  public static Path home(Map<String, String> env) {
    String home = env.get("CLEARSITE_HOME");
    return Path.of(home == null || home.isBlank() ? "data" : home).toAbsolutePath();
  }

  public static DatabaseConfig embedded(Path directory) {
    return new DatabaseConfig(
        "jdbc:h2:file:" + directory.resolve("clearsite") + H2_OPTIONS, "sa", "");
  }

  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL without credentials, for messages. */
  public String describe() {
    return url.replaceAll("(?i)(password)=[^&;]*", "$1=***");
  }
}
