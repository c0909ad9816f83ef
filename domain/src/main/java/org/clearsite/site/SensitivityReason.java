package org.clearsite.site;

/** The UK government's grounds for treating a site as sensitive (Cabinet Office, November 2022). */
public enum SensitivityReason {
  SECRET_MATERIAL("routinely holds SECRET material or above"),
  DV_CLEARED_STAFF("hosts a significant share of DV-cleared officials"),
  MINISTERIAL_USE("routinely used by ministers"),
  SOCPA_PROTECTED("protected site under SOCPA 2005");

  private final String description;

  SensitivityReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
