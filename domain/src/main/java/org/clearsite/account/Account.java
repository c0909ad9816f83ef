package org.clearsite.account;

import java.util.Set;

/**
 * A person (or a script acting for one) who signs in.
 *
 * @param departments names of the departments they belong to
 */
public record Account(
    long id, String name, Set<Role> roles, Set<Long> departmentIds, Set<String> departments) {

  public Account {
    roles = Set.copyOf(roles);
    departmentIds = Set.copyOf(departmentIds);
    departments = Set.copyOf(departments);
  }

  public DepartmentScope scope() {
    return roles.stream().anyMatch(Role::central)
        ? DepartmentScope.everything()
        : DepartmentScope.of(departmentIds);
  }

  public boolean mayChange() {
    return roles.stream().anyMatch(Role::changes);
  }
}
