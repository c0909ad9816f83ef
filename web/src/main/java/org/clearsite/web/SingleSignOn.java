package org.clearsite.web;

/**
 * A department's OpenID Connect provider. People who sign in through it must already have a
 * Clearsite account (made with {@code clearsite users add}) named as the provider's {@code
 * accountClaim} says: the provider proves who they are, Clearsite decides what they see.
 *
 * @param issuer the provider's issuer URL; its discovery document is read at start
 * @param accountClaim the ID token claim holding the Clearsite account name, e.g. {@code
 *     preferred_username} or {@code email}
 */
public record SingleSignOn(
    String issuer, String clientId, String clientSecret, String accountClaim) {}
