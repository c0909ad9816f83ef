package org.clearsite.cli;

/** A request that cannot be carried out as asked: exit code 2 and a message saying why. */
public class UserError extends RuntimeException {

  public UserError(String message) {
    super(message);
  }
}
