package org.clearsite.persistence;

import java.util.List;
import java.util.stream.Collectors;
import org.clearsite.account.DepartmentScope;

/**
 * The SQL condition that limits rows to a {@link DepartmentScope}. Ids are database keys read from
 * the account, never from a request, and are written as numbers: nothing a user types reaches SQL.
 */
public final class ScopeClause {

  private ScopeClause() {}

  /**
   * @param column the department id column, e.g. {@code d.department_id}
   * @return a condition to AND into a WHERE clause
   */
  public static String on(String column, DepartmentScope scope) {
    if (scope.all()) {
      return "1 = 1";
    }
    if (scope.departmentIds().isEmpty()) {
      return "1 = 0";
    }
    List<Long> ids = scope.departmentIds().stream().sorted().toList();
    return column
        + " IN ("
        + ids.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
  }
}
