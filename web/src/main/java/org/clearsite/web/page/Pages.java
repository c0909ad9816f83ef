package org.clearsite.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Pagination as GOV.UK shows it: previous, numbered pages with gaps, next.
 *
 * @param moreThanTotal counting stopped at {@code total}: more match
 * @param baseQuery the query string without {@code page}, ending in {@code &} or empty
 */
public record Pages(
    int page, int size, long total, boolean moreThanTotal, String path, String baseQuery) {

  public Pages(int page, int size, long total, String path, String baseQuery) {
    this(page, size, total, false, path, baseQuery);
  }

  public static final int SIZE = 25;

  public int last() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public String href(int number) {
    return path + "?" + baseQuery + "page=" + number;
  }

  /** Page numbers to show, with 0 standing for an ellipsis. */
  public List<Integer> numbers() {
    List<Integer> numbers = new ArrayList<>();
    int last = last();
    for (int n = 1; n <= last; n++) {
      if (n == 1 || n == last || Math.abs(n - page) <= 1) {
        numbers.add(n);
      } else if (numbers.get(numbers.size() - 1) != 0) {
        numbers.add(0);
      }
    }
    return numbers;
  }

  public long from() {
    return total == 0 ? 0 : (long) (page - 1) * size + 1;
  }

  public long to() {
    return Math.min(total, (long) page * size);
  }

  /** A page number from a request: anything not a positive number is page 1. */
  public static int parse(String text) {
    try {
      return Math.max(1, Math.min(1_000_000, Integer.parseInt(text)));
    } catch (NumberFormatException | NullPointerException e) {
      return 1;
    }
  }
}
