package org.clearsite.web;

import java.util.Locale;

/**
 * How pages look. GOV.UK (its typeface and crown) is for UK government services only; every other
 * deployment uses the neutral theme, which keeps the same components in a system typeface.
 */
public enum Theme {
  GOVUK,
  NEUTRAL;

  public static Theme parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "govuk", "gov.uk" -> GOVUK;
      case "neutral" -> NEUTRAL;
      default ->
          throw new IllegalArgumentException(
              "unknown theme '" + text + "'; expected govuk or neutral");
    };
  }
}
