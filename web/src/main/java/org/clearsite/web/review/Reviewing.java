package org.clearsite.web.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.Finding;
import org.clearsite.attribution.knowledge.Organisation;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.review.JdbcReviews;
import org.clearsite.review.Review;
import org.clearsite.review.ReviewOutcome;
import org.clearsite.web.NotFound;
import org.clearsite.web.security.SignedIn;
import org.springframework.stereotype.Component;

/**
 * Turns a reviewer's form or API request into a decision: checks it, works out what the decided
 * maker means under the default regime, and records it with its audit entry.
 */
@Component
public class Reviewing {

  /** A maker a reviewer may choose: a knowledge base organisation. */
  public record Choice(String id, String name) {}

  /** What was asked: {@code decision} is "confirm" or "override". */
  public record Request(String decision, String makerId, String reason) {}

  /** The request's problems, each tied to the form field it concerns. */
  public record Problem(String field, String message) {}

  /** Either the review made, or what was wrong with the request. */
  public record Outcome(Review review, List<Problem> problems) {}

  private final JdbcDevices devices;
  private final JdbcReviews reviews;
  private final AttributionEngine engine;

  Reviewing(JdbcDevices devices, JdbcReviews reviews, AttributionEngine engine) {
    this.devices = devices;
    this.reviews = reviews;
    this.engine = engine;
  }

  public List<Choice> makers() {
    List<Choice> choices = new ArrayList<>();
    for (Organisation o : engine.knowledge().organisations().values()) {
      choices.add(new Choice(o.id(), o.name()));
    }
    choices.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
    return choices;
  }

  /**
   * @throws NotFound when the device does not exist or is outside the reviewer's departments
   */
  public Outcome decide(SignedIn reviewer, String deviceId, Request request) {
    JdbcDevices.DeviceRow device =
        devices.byId(reviewer.scope(), deviceId).orElseThrow(NotFound::new);
    Attribution now = engine.attribute(device.observed());
    List<Problem> problems = new ArrayList<>();
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty()) {
      problems.add(new Problem("reason", "Enter the reason for your decision"));
    } else if (reason.length() > Review.MAX_REASON) {
      problems.add(
          new Problem(
              "reason", "The reason must be " + Review.MAX_REASON + " characters or fewer"));
    }
    String decision = request.decision() == null ? "" : request.decision();
    Optional<Organisation> chosen =
        request.makerId() == null || request.makerId().isBlank()
            ? Optional.empty()
            : engine.knowledge().organisation(request.makerId());
    switch (decision) {
      case "confirm" -> {
        if (now.makerId() == null) {
          problems.add(
              new Problem("decision", "The evidence names no maker: choose the maker instead"));
        }
      }
      case "override" -> {
        if (chosen.isEmpty()) {
          problems.add(new Problem("maker", "Choose the maker from the list"));
        }
      }
      default ->
          problems.add(new Problem("decision", "Choose whether to confirm or change the maker"));
    }
    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    String makerId = decision.equals("confirm") ? now.makerId() : chosen.get().id();
    String maker = decision.equals("confirm") ? now.maker() : chosen.get().name();
    String brand = decision.equals("confirm") ? now.brand() : chosen.get().name();
    Finding finding =
        engine.findings(makerId, now.deviceType()).get(AttributionEngine.DEFAULT_REGIME);
    JdbcReviews.Decision recorded =
        new JdbcReviews.Decision(
            decision.equals("confirm") ? ReviewOutcome.CONFIRMED : ReviewOutcome.OVERRIDDEN,
            maker,
            brand,
            finding == null ? null : finding.covered(),
            reason);
    Review review =
        reviews
            .decide(reviewer.scope(), deviceId, recorded, reviewer.getUsername())
            .orElseThrow(NotFound::new);
    return new Outcome(review, List.of());
  }
}
