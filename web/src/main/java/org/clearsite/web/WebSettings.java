package org.clearsite.web;

import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.DatabaseConfig;
import org.clearsite.site.SensitivityPolicy;

/**
 * What the web application needs from whoever starts it (the CLI, or a test).
 *
 * @param host the address to listen on; 127.0.0.1 unless configured
 * @param port 0 for any free port (tests)
 * @param secureCookies false only where the server is reached over plain HTTP from another host
 * @param singleSignOn the departmental OpenID provider, or null for local accounts only
 * @param sensitivityPolicy how uploaded registers' sites are judged, as for the CLI's imports
 */
public record WebSettings(
    DatabaseConfig database,
    AttributionEngine engine,
    String host,
    int port,
    Theme theme,
    boolean secureCookies,
    SingleSignOn singleSignOn,
    SensitivityPolicy sensitivityPolicy) {}
