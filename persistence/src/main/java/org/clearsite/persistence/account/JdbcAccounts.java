package org.clearsite.persistence.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.clearsite.account.Account;
import org.clearsite.account.Role;
import org.clearsite.identity.Names;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;

/** Accounts, their roles and departments, and their API tokens (kept only as hashes). */
public final class JdbcAccounts {

  /** An account with its stored password hash, for signing in. */
  public record Credentials(Account account, String passwordHash) {}

  /** A request that cannot be met as asked, e.g. an unknown department: a message for people. */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  private final Database database;

  public JdbcAccounts(Database database) {
    this.database = database;
  }

  /**
   * Creates an account, or replaces the roles, departments and password of an existing one.
   *
   * @throws Refused naming the first department that does not exist
   */
  public Account save(String name, String passwordHash, Set<Role> roles, Set<String> departments) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        Set<Long> departmentIds = new HashSet<>();
        for (String department : departments) {
          departmentIds.add(departmentId(c, department));
        }
        long id = upsert(c, name, passwordHash);
        try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM account_role WHERE account_id = ?");
            PreparedStatement deleteDepartments =
                c.prepareStatement("DELETE FROM account_department WHERE account_id = ?")) {
          delete.setLong(1, id);
          delete.executeUpdate();
          deleteDepartments.setLong(1, id);
          deleteDepartments.executeUpdate();
        }
        try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
          for (Role role : roles) {
            insert.setLong(1, id);
            insert.setString(2, role.cliName());
            insert.executeUpdate();
          }
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO account_department (account_id, department_id) VALUES (?, ?)")) {
          for (long departmentId : departmentIds) {
            insert.setLong(1, id);
            insert.setLong(2, departmentId);
            insert.executeUpdate();
          }
        }
        c.commit();
        return load(c, id).orElseThrow();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DataAccessException("saving account " + name, e);
    }
  }

  private static long departmentId(Connection c, String department) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT id FROM department WHERE name_key = ?")) {
      select.setString(1, Names.key(department));
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new Refused("no department named '" + department + "'");
        }
        return rs.getLong(1);
      }
    }
  }

  private static long upsert(Connection c, String name, String passwordHash) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT id FROM account WHERE name_key = ?")) {
      select.setString(1, Names.key(name));
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          long id = rs.getLong(1);
          try (PreparedStatement update =
              c.prepareStatement("UPDATE account SET password_hash = ? WHERE id = ?")) {
            update.setString(1, passwordHash);
            update.setLong(2, id);
            update.executeUpdate();
          }
          return id;
        }
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO account (name, name_key, password_hash, created_at) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setString(2, Names.key(name));
      insert.setString(3, passwordHash);
      insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public Optional<Credentials> credentials(String name) {
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT id, password_hash FROM account WHERE name_key = ?")) {
      select.setString(1, Names.key(name));
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        String hash = rs.getString(2);
        return load(c, id).map(a -> new Credentials(a, hash));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading account", e);
    }
  }

  public Optional<Account> byName(String name) {
    return credentials(name).map(Credentials::account);
  }

  public void addToken(String accountName, String tokenHash) {
    try (Connection c = database.getConnection()) {
      long id;
      try (PreparedStatement select =
          c.prepareStatement("SELECT id FROM account WHERE name_key = ?")) {
        select.setString(1, Names.key(accountName));
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            throw new Refused("no account named '" + accountName + "'");
          }
          id = rs.getLong(1);
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO api_token (account_id, token_hash, created_at) VALUES (?, ?, ?)")) {
        insert.setLong(1, id);
        insert.setString(2, tokenHash);
        insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new DataAccessException("saving API token", e);
    }
  }

  public Optional<Account> byTokenHash(String tokenHash) {
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT account_id FROM api_token WHERE token_hash = ?")) {
      select.setString(1, tokenHash);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? load(c, rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading API token", e);
    }
  }

  private static Optional<Account> load(Connection c, long id) throws SQLException {
    String name;
    try (PreparedStatement select = c.prepareStatement("SELECT name FROM account WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        name = rs.getString(1);
      }
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    try (PreparedStatement select =
        c.prepareStatement("SELECT role FROM account_role WHERE account_id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          roles.add(Role.fromCliName(rs.getString(1)));
        }
      }
    }
    Set<Long> departmentIds = new HashSet<>();
    Set<String> departments = new HashSet<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT d.id, d.name FROM account_department ad JOIN department d"
                + " ON d.id = ad.department_id WHERE ad.account_id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          departmentIds.add(rs.getLong(1));
          departments.add(rs.getString(2));
        }
      }
    }
    return Optional.of(new Account(id, name, roles, departmentIds, departments));
  }
}
