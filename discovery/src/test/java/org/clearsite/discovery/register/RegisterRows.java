package org.clearsite.discovery.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;

/** Reads a whole register source in the tests, closing it afterwards. */
final class RegisterRows {

  private RegisterRows() {}

  static List<RegisterRow> all(RegisterSource source) {
    try (source) {
      List<RegisterRow> rows = new ArrayList<>();
      source.forEachRemaining(rows::add);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Long> lines(List<RegisterRow> rows) {
    return rows.stream().map(RegisterRow::line).toList();
  }
}
