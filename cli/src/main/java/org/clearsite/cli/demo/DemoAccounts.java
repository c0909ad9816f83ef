package org.clearsite.cli.demo;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearsite.account.Role;
import org.clearsite.audit.AuditChange;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.web.security.Passwords;

/**
 * Sign-ins for exploring the demo: a central administrator and, for the first department, a
 * security officer and an auditor, so that department scoping can be seen at work. Each demo load
 * gives them new random passwords: a demo must never ship a password that works everywhere.
 */
final class DemoAccounts {

  /** One demo sign-in, with what it shows. */
  record SignIn(String name, String password, String role, String sees) {}

  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoAccounts() {}

  static List<SignIn> create(Database database, String actor, String department) {
    JdbcAccounts accounts = new JdbcAccounts(database);
    JdbcAuditLog audit = new JdbcAuditLog(database);
    List<SignIn> signIns = new ArrayList<>();
    signIns.add(save(accounts, audit, actor, "admin", Role.ADMIN, null));
    signIns.add(save(accounts, audit, actor, "officer", Role.SECURITY_OFFICER, department));
    signIns.add(save(accounts, audit, actor, "auditor", Role.AUDITOR, department));
    return signIns;
  }

  private static SignIn save(
      JdbcAccounts accounts,
      JdbcAuditLog audit,
      String actor,
      String name,
      Role role,
      String department) {
    String password = password();
    accounts.save(
        name,
        Passwords.hash(password),
        Set.of(role),
        department == null ? Set.of() : Set.of(department));
    audit.append(
        new AuditChange(
            actor,
            "account.save",
            "account:" + name,
            null,
            null,
            "roles=" + role.cliName() + " departments=" + (department == null ? "" : department),
            "demo sign-in"));
    return new SignIn(
        name, password, role.cliName(), department == null ? "every department" : department);
  }

  static void print(PrintWriter out, List<SignIn> signIns) {
    for (SignIn s : signIns) {
      out.printf("  %-8s password %s  (%s; sees %s)%n", s.name(), s.password(), s.role(), s.sees());
    }
  }

  /** 20 characters from an unambiguous alphabet: about 99 bits. */
  private static String password() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }
}
