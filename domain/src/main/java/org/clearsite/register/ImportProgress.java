package org.clearsite.register;

/** Told how far an import has got, so that a terminal can show a bar and a log a line. */
public interface ImportProgress {

  ImportProgress SILENT = new ImportProgress() {};

  /** Rows read and checked so far. */
  default void checked(long rows) {}

  /** Rows stored so far, of {@code total} accepted rows. */
  default void stored(long rows, long total) {}
}
