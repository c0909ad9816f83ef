package org.clearsite.register;

/** A register that cannot be read at all (as opposed to a bad row, which is rejected). */
public class RegisterFormatException extends RuntimeException {

  public RegisterFormatException(String message) {
    super(message);
  }

  public RegisterFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
