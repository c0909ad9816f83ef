package org.clearsite.persistence.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clearsite.account.DepartmentScope;
import org.clearsite.audit.AuditChange;
import org.clearsite.identity.ExternalId;
import org.clearsite.persistence.DataAccessException;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.EstateVersion;
import org.clearsite.persistence.JsonText;
import org.clearsite.persistence.Queries;
import org.clearsite.persistence.ScopeClause;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.review.Review;
import org.clearsite.review.ReviewOutcome;

/**
 * The review queue and reviewers' decisions. A decision, the device's new attribution and its audit
 * entry are written in one transaction.
 */
public final class JdbcReviews {

  /** Attributions weaker than this, or with no maker, wait for a reviewer. */
  public static final double REVIEW_BELOW = 0.9;

  /** A device waiting for review. */
  public record Waiting(
      String deviceId,
      String department,
      String site,
      String tier,
      String make,
      String model,
      String maker,
      Double confidence) {}

  public record WaitingPage(List<Waiting> devices, long total, int page, int size) {}

  /**
   * What the reviewer decided, with the attribution it gives the device.
   *
   * @param maker the maker's canonical name, or null when the maker stays unknown
   * @param covered under the default regime, for that maker and the device's type
   */
  public record Decision(
      ReviewOutcome outcome, String maker, String brand, Boolean covered, String reason) {}

  private static final String WAITING =
      " FROM device d JOIN site s ON s.id = d.site_id JOIN department dep ON dep.id ="
          + " d.department_id WHERE d.review_id IS NULL AND d.knowledge_version IS NOT NULL AND"
          + " (d.maker IS NULL OR d.attribution_confidence < "
          + REVIEW_BELOW
          + ") AND ";

  private final Database database;
  private final Queries queries;

  public JdbcReviews(Database database) {
    this.database = database;
    this.queries = new Queries(database);
  }

  /** Most sensitive sites first, then the least certain attributions. */
  public WaitingPage waiting(DepartmentScope scope, int page, int size) {
    String scoped = WAITING + ScopeClause.on("d.department_id", scope);
    long total = queries.count("the review queue", "SELECT COUNT(*)" + scoped, List.of());
    List<Waiting> rows =
        queries.list(
            "the review queue",
            "SELECT d.external_id, dep.name, s.name, s.sensitivity_tier, d.make, d.model, d.maker,"
                + " d.attribution_confidence"
                + scoped
                + " ORDER BY CASE s.sensitivity_tier WHEN 'HIGHLY_SENSITIVE' THEN 0"
                + " WHEN 'SENSITIVE' THEN 1 ELSE 2 END, COALESCE(d.attribution_confidence, 0),"
                + " d.external_id LIMIT ? OFFSET ?",
            List.of(size, (long) (page - 1) * size),
            rs ->
                new Waiting(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    Queries.nullableDouble(rs, "attribution_confidence")));
    return new WaitingPage(rows, total, page, size);
  }

  /** Reviews of one device, newest first; empty for a device outside the scope. */
  public List<Review> of(DepartmentScope scope, String deviceId) {
    return queries.list(
        "reviews",
        "SELECT r.external_id, r.decision, r.maker, r.reason, r.reviewer, r.reviewed_at"
            + " FROM review r JOIN device d ON d.id = r.device_id WHERE d.external_id = ? AND "
            + ScopeClause.on("d.department_id", scope)
            + " ORDER BY r.reviewed_at DESC, r.id DESC",
        List.of(deviceId),
        rs ->
            new Review(
                rs.getString(1),
                ReviewOutcome.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant()));
  }

  /**
   * Records a decision on a device within the scope.
   *
   * @return the review, or empty when no such device is in the scope
   */
  public Optional<Review> decide(
      DepartmentScope scope, String deviceId, Decision decision, String reviewer) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<Review> review = decide(c, scope, deviceId, decision, reviewer);
        c.commit();
        return review;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DataAccessException("recording a review", e);
    }
  }

  private static Optional<Review> decide(
      Connection c, DepartmentScope scope, String deviceId, Decision decision, String reviewer)
      throws SQLException {
    long device;
    long department;
    String before;
    try (PreparedStatement lock =
        c.prepareStatement(
            "SELECT id, department_id, maker, brand, covered, attribution_confidence FROM device d"
                + " WHERE external_id = ? AND "
                + ScopeClause.on("d.department_id", scope)
                + " FOR UPDATE")) {
      lock.setString(1, deviceId);
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        device = rs.getLong(1);
        department = rs.getLong(2);
        before =
            state(
                rs.getString(3),
                rs.getString(4),
                Queries.nullableBoolean(rs, "covered"),
                Queries.nullableDouble(rs, "attribution_confidence"));
      }
    }
    Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
    String externalId = ExternalId.random().value();
    long reviewKey;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO review (external_id, device_id, decision, maker, reason, reviewer,"
                + " reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, externalId);
      insert.setLong(2, device);
      insert.setString(3, decision.outcome().name());
      insert.setString(4, decision.maker());
      insert.setString(5, decision.reason());
      insert.setString(6, reviewer);
      insert.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        reviewKey = keys.getLong(1);
      }
    }
    // A reviewer's word is certain as far as Clearsite is concerned; null stays unknown.
    Double confidence = decision.maker() == null ? null : 1.0;
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE device SET maker = ?, brand = ?, covered = ?, attribution_confidence = ?,"
                + " review_id = ? WHERE id = ?")) {
      update.setString(1, decision.maker());
      update.setString(2, decision.brand());
      if (decision.covered() == null) {
        update.setNull(3, Types.BOOLEAN);
      } else {
        update.setBoolean(3, decision.covered());
      }
      if (confidence == null) {
        update.setNull(4, Types.DOUBLE);
      } else {
        update.setDouble(4, confidence);
      }
      update.setLong(5, reviewKey);
      update.setLong(6, device);
      update.executeUpdate();
    }
    EstateVersion.bump(c);
    JdbcAuditLog.append(
        c,
        new AuditChange(
            reviewer,
            "review." + decision.outcome().name().toLowerCase(java.util.Locale.ROOT),
            "device:" + deviceId,
            department,
            before,
            state(decision.maker(), decision.brand(), decision.covered(), confidence),
            decision.reason()));
    return Optional.of(
        new Review(
            externalId, decision.outcome(), decision.maker(), decision.reason(), reviewer, now));
  }

  /** A device's attribution as the audit log keeps it: a small JSON object. */
  static String state(String maker, String brand, Boolean covered, Double confidence) {
    return "{\"maker\":"
        + JsonText.quote(maker)
        + ",\"brand\":"
        + JsonText.quote(brand)
        + ",\"covered\":"
        + covered
        + ",\"confidence\":"
        + confidence
        + "}";
  }
}
