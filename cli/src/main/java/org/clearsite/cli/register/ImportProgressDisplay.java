package org.clearsite.cli.register;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.clearsite.register.ImportProgress;

/**
 * A progress bar on a terminal; otherwise a line every {@value #LINE_EVERY} rows, so that logs stay
 * short and scripts can follow along.
 */
final class ImportProgressDisplay implements ImportProgress, AutoCloseable {

  static final long LINE_EVERY = 50_000;

  private final PrintWriter err;
  private final boolean terminal;
  private ProgressBar bar;
  private long lastLine;

  ImportProgressDisplay(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void checked(long rows) {
    if (terminal) {
      bar("Checking", -1).stepTo(rows);
    } else if (rows - lastLine >= LINE_EVERY) {
      lastLine = rows;
      err.println("checked " + rows + " rows");
      err.flush();
    }
  }

  @Override
  public void stored(long rows, long total) {
    if (terminal) {
      if (bar != null && bar.getMax() != total) {
        bar.close();
        bar = null;
      }
      bar("Storing", total).stepTo(rows);
    } else {
      if (lastLine > rows) {
        lastLine = 0; // storing starts counting again
      }
      if (rows - lastLine >= LINE_EVERY) {
        lastLine = rows;
        err.println("stored " + rows + " of " + total + " rows");
        err.flush();
      }
    }
  }

  private ProgressBar bar(String task, long max) {
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(max)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .build();
    }
    return bar;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
