package org.clearsite.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which cell of a row holds which {@link RegisterColumn}. Built from the header row; a mapping file
 * ({@code serial = Unit S/N}) names headers that the built-in synonyms do not know.
 */
public final class ColumnMapping {

  private final List<String> headers;
  private final Map<RegisterColumn, Integer> index;

  private ColumnMapping(List<String> headers, Map<RegisterColumn, Integer> index) {
    this.headers = List.copyOf(headers);
    this.index = index;
  }

  /**
   * @param overrides column key to header text, e.g. {@code serial=Unit S/N}; may be empty
   * @throws RegisterFormatException if an override names an unknown column or a missing header, or
   *     if no column holds the site
   */
  public static ColumnMapping of(List<String> headers, Properties overrides) {
    Map<RegisterColumn, Integer> index = new EnumMap<>(RegisterColumn.class);
    for (String key : overrides.stringPropertyNames()) {
      RegisterColumn column = columnNamed(key);
      String wanted = overrides.getProperty(key);
      int at =
          find(headers, h -> RegisterColumn.headerKey(h).equals(RegisterColumn.headerKey(wanted)));
      if (at < 0) {
        throw new RegisterFormatException(
            "mapping names header '"
                + wanted
                + "' for "
                + key
                + ", but the file has no such header");
      }
      index.put(column, at);
    }
    for (RegisterColumn column : RegisterColumn.values()) {
      if (!index.containsKey(column)) {
        int at = find(headers, column::isKnownAs);
        if (at >= 0 && !index.containsValue(at)) {
          index.put(column, at);
        }
      }
    }
    if (!index.containsKey(RegisterColumn.SITE)) {
      throw new RegisterFormatException(
          "no column for the site (looked for headers such as Site or Building); headers were "
              + headers
              + "; a --mapping file can name it, e.g. site = Premises");
    }
    return new ColumnMapping(headers, index);
  }

  /** How many of the built-in columns these headers name: used to find the header row. */
  static int recognised(List<String> headers) {
    int count = 0;
    for (RegisterColumn column : RegisterColumn.values()) {
      if (find(headers, column::isKnownAs) >= 0) {
        count++;
      }
    }
    return count;
  }

  public Optional<String> value(RegisterColumn column, List<String> cells) {
    Integer at = index.get(column);
    if (at == null || at >= cells.size()) {
      return Optional.empty();
    }
    String value = cells.get(at).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The header as the file spells it, for messages that a person will match against the file. */
  public String header(RegisterColumn column) {
    Integer at = index.get(column);
    return at == null ? column.key() : headers.get(at);
  }

  public List<String> headers() {
    return headers;
  }

  private static RegisterColumn columnNamed(String key) {
    for (RegisterColumn column : RegisterColumn.values()) {
      if (column.key().equals(key.strip())) {
        return column;
      }
    }
    List<String> known = new ArrayList<>();
    for (RegisterColumn column : RegisterColumn.values()) {
      known.add(column.key());
    }
    throw new RegisterFormatException(
        "mapping names unknown column '" + key + "'; known: " + known);
  }

  private static int find(List<String> headers, java.util.function.Predicate<String> test) {
    for (int i = 0; i < headers.size(); i++) {
      if (test.test(headers.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
