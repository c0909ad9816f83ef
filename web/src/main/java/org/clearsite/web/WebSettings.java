package org.clearsite.web;

import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.DatabaseConfig;

/**
 * What the web application needs from whoever starts it (the CLI, or a test).
 *
 * @param host the address to listen on; 127.0.0.1 unless configured
 * @param port 0 for any free port (tests)
 * @param secureCookies false only where the server is reached over plain HTTP from another host
 * @param singleSignOn the departmental OpenID provider, or null for local accounts only
 */
public record WebSettings(
    DatabaseConfig database,
    AttributionEngine engine,
    String host,
    int port,
    Theme theme,
    boolean secureCookies,
    SingleSignOn singleSignOn) {}
