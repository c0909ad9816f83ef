package org.clearsite.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;

/** A register held in memory: line n is the n-th array, header first. */
public final class RowsSource implements RegisterSource {

  private final Iterator<RegisterRow> rows;

  /** Rows as given, each with its own line number. */
  public static RowsSource of(List<RegisterRow> rows) {
    return new RowsSource(rows);
  }

  private RowsSource(List<RegisterRow> rows) {
    this.rows = rows.iterator();
  }

  public static RowsSource of(String[]... lines) {
    List<RegisterRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new RegisterRow(i + 1, List.of(lines[i])));
    }
    return new RowsSource(rows);
  }

  @Override
  public String name() {
    return "register.csv";
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public RegisterRow next() {
    return rows.next();
  }

  @Override
  public void close() {}
}
