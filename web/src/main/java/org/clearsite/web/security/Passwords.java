package org.clearsite.web.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id, the same for the CLI that creates accounts and for sign-in.
 */
public final class Passwords {

  /** Shorter passwords are refused: length is what makes a password hard to guess. */
  public static final int MINIMUM_LENGTH = 12;

  private static final PasswordEncoder ENCODER =
      Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  private Passwords() {}

  public static PasswordEncoder encoder() {
    return ENCODER;
  }

  public static String hash(String password) {
    if (password.length() < MINIMUM_LENGTH) {
      throw new IllegalArgumentException(
          "a password needs at least " + MINIMUM_LENGTH + " characters");
    }
    return ENCODER.encode(password);
  }
}
