package org.clearsite.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person may do. Only the central administrator sees every department. */
public enum Role {
  ADMIN("admin", true, true),
  SECURITY_OFFICER("security-officer", false, true),
  ESTATES("estates", false, true),
  PROCUREMENT("procurement", false, true),
  AUDITOR("auditor", false, false);

  private final String cliName;
  private final boolean central;
  private final boolean changes;

  Role(String cliName, boolean central, boolean changes) {
    this.cliName = cliName;
    this.central = central;
    this.changes = changes;
  }

  /** The name used on the command line and in the database, e.g. {@code security-officer}. */
  public String cliName() {
    return cliName;
  }

  /** Sees every department rather than only its own. */
  public boolean central() {
    return central;
  }

  /** May change anything at all; an auditor only reads. */
  public boolean changes() {
    return changes;
  }

  public static Role fromCliName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.cliName.equals(wanted)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(Role::cliName).collect(Collectors.joining(", ")));
  }
}
