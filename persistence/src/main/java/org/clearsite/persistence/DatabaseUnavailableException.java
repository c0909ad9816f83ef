package org.clearsite.persistence;

/** The configured database cannot be reached; the message says which one and why. */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
