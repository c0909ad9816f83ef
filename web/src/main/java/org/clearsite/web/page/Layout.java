package org.clearsite.web.page;

import org.clearsite.web.Theme;

/**
 * What every page's frame needs: who is signed in (null on the sign-in page), whether they may
 * upload registers, the theme, and the CSRF token that each form must send back.
 */
public record Layout(
    String user,
    String department,
    boolean mayUpload,
    Theme theme,
    String csrfName,
    String csrfToken) {

  public boolean govuk() {
    return theme == Theme.GOVUK;
  }

  public boolean signedIn() {
    return user != null;
  }
}
