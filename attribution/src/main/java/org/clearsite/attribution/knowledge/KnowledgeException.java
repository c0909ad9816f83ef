package org.clearsite.attribution.knowledge;

/** The knowledge base is not valid: names the file, the line and what is wrong. */
public class KnowledgeException extends RuntimeException {

  public KnowledgeException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
