package org.clearsite.identity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The id a person or another system sees for a record. Random, so it reveals neither how many
 * records exist nor in which order they were made, and never a database key.
 */
public record ExternalId(String value) {

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final int LENGTH = 20; // 100 random bits
  private static final Pattern SHAPE = Pattern.compile("[0-9a-hjkmnp-tv-z]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ExternalId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an external id: " + value);
    }
  }

  public static ExternalId random() {
    byte[] bytes = new byte[LENGTH];
    RANDOM.nextBytes(bytes);
    char[] chars = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      chars[i] = ALPHABET[bytes[i] & 31];
    }
    return new ExternalId(new String(chars));
  }

  @Override
  public String toString() {
    return value;
  }
}
