package org.clearsite.identity;

import java.util.Locale;

/** The one rule for matching names typed by people: ignore case and runs of spaces. */
public final class Names {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private Names() {}

  public static String key(String name) {
    return name == null
        ? ""
        : SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Trims and collapses spacing, keeping the case the person used. */
  public static String tidy(String name) {
    return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
  }
}
