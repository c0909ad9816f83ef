package org.clearsite.register;

/** Port: where imported registers are kept. Implemented by the persistence module. */
public interface RegisterStore {

  /**
   * Runs {@code work} in one transaction on the named department, creating the department if it is
   * new. If {@code work} throws, or the process dies, nothing it did is kept.
   */
  <T> T inTransaction(
      String departmentName, java.util.function.Function<RegisterTransaction, T> work);
}
