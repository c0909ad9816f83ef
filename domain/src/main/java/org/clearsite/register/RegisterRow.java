package org.clearsite.register;

import java.util.List;

/**
 * One row as read from a register file.
 *
 * @param line the 1-based physical line of a CSV file where the row starts, or the sheet row of an
 *     XLSX file: what a person sees in their editor
 */
public record RegisterRow(long line, List<String> cells) {

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
