package org.clearsite.persistence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clearsite.audit.AuditChain;
import org.clearsite.audit.AuditChange;
import org.clearsite.audit.AuditEntry;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;

/**
 * The audit log in the database. An entry is appended in the same transaction as the change it
 * records, after locking the chain's head row, so concurrent changes queue up rather than fork it.
 */
public final class JdbcAuditLog {

  /** What {@link #verify} found. */
  public record Verification(long entries, String problem) {
    public boolean intact() {
      return problem == null;
    }
  }

  private final Database database;

  public JdbcAuditLog(Database database) {
    this.database = database;
  }

  /** Appends an entry within the caller's transaction on {@code c}. */
  public static AuditEntry append(Connection c, AuditChange change) throws SQLException {
    long sequence;
    String previousHash;
    try (PreparedStatement head =
            c.prepareStatement("SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = head.executeQuery()) {
      rs.next();
      sequence = rs.getLong(1) + 1;
      previousHash = rs.getString(2);
    }
    // Millisecond precision: what every database keeps, so the hash can be checked later.
    Instant at = Instant.ofEpochMilli(System.currentTimeMillis());
    AuditEntry e = AuditChain.seal(sequence, at, change, previousHash);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_entry (sequence, at, at_millis, actor, action, subject,"
                + " department_id, before_state, after_state, reason, previous_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, e.sequence());
      insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.setLong(3, at.toEpochMilli());
      insert.setString(4, change.actor());
      insert.setString(5, change.action());
      insert.setString(6, change.subject());
      if (change.departmentId() == null) {
        insert.setNull(7, Types.BIGINT);
      } else {
        insert.setLong(7, change.departmentId());
      }
      insert.setString(8, change.before());
      insert.setString(9, change.after());
      insert.setString(10, change.reason());
      insert.setString(11, e.previousHash());
      insert.setString(12, e.hash());
      insert.executeUpdate();
    }
    try (PreparedStatement update =
        c.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1")) {
      update.setLong(1, e.sequence());
      update.setString(2, e.hash());
      update.executeUpdate();
    }
    return e;
  }

  /** Appends an entry in a transaction of its own (for changes made outside the database). */
  public AuditEntry append(AuditChange change) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        AuditEntry e = append(c, change);
        c.commit();
        return e;
      } catch (SQLException | RuntimeException ex) {
        c.rollback();
        throw ex;
      }
    } catch (SQLException ex) {
      throw new DataAccessException("writing the audit log", ex);
    }
  }

  /**
   * Walks the whole chain in order and checks it against the head row: an altered, removed or
   * reordered entry, or entries cut off the end, are all reported.
   */
  public Verification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT sequence, at_millis, actor, action, subject, department_id, before_state,"
                  + " after_state, reason, previous_hash, hash FROM audit_entry ORDER BY sequence")) {
        select.setFetchSize(1_000);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            long department = rs.getLong(6);
            Long departmentId = rs.wasNull() ? null : department;
            AuditEntry e =
                new AuditEntry(
                    rs.getLong(1),
                    Instant.ofEpochMilli(rs.getLong(2)),
                    new AuditChange(
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        departmentId,
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)),
                    rs.getString(10),
                    rs.getString(11));
            if (!verifier.accept(e)) {
              return new Verification(verifier.verified(), verifier.problem());
            }
          }
        }
        try (PreparedStatement head =
                c.prepareStatement("SELECT sequence, hash FROM audit_head WHERE id = 1");
            ResultSet rs = head.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != verifier.verified()
              || !rs.getString(2).equals(verifier.lastHash())) {
            return new Verification(
                verifier.verified(),
                "the log ends at entry "
                    + verifier.verified()
                    + " but its head says "
                    + rs.getLong(1)
                    + ": entries were removed from the end");
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading the audit log", e);
    }
    return new Verification(verifier.verified(), null);
  }
}
