package org.clearsite.cli;

import org.clearsite.register.RegisterFormatException;
import picocli.CommandLine;

/** Turns failures into one line a person can act on; stack traces only with CLEARSITE_DEBUG. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (System.getenv("CLEARSITE_DEBUG") != null) {
      e.printStackTrace(commandLine.getErr());
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    commandLine.getErr().println("clearsite: " + oneLine(message));
    return e instanceof RegisterFormatException || e instanceof UserError ? 2 : 1;
  }

  /** Messages may quote file content: keep them to one line so logs cannot be forged. */
  static String oneLine(String message) {
    return message.replaceAll("[\\r\\n]+", " ");
  }
}
