package org.clearsite.account;

import java.util.Set;

/**
 * Which departments' data a person may see: every department for a central role, otherwise only the
 * departments they belong to (possibly none). Every query that reads department data takes one, so
 * that forgetting to filter is a compile error rather than a leak.
 *
 * @param departmentIds database ids of the departments; ignored when {@code all}
 */
public record DepartmentScope(boolean all, Set<Long> departmentIds) {

  public DepartmentScope {
    departmentIds = Set.copyOf(departmentIds);
  }

  public static DepartmentScope everything() {
    return new DepartmentScope(true, Set.of());
  }

  public static DepartmentScope of(Set<Long> departmentIds) {
    return new DepartmentScope(false, departmentIds);
  }

  public boolean includes(long departmentId) {
    return all || departmentIds.contains(departmentId);
  }
}
