package org.clearsite.web.review;

import java.util.List;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.review.JdbcReviews;
import org.clearsite.review.Review;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reviews} and {@code /api/v1/devices/{id}/reviews}. */
@RestController
@RequestMapping(produces = "application/json")
class ReviewApi {

  record WaitingJson(List<JdbcReviews.Waiting> items, long total, int page, int size) {}

  /** A review request: {@code decision} is "confirm" or "override" (with {@code maker}). */
  record ReviewRequest(String decision, String maker, String reason) {}

  record ProblemsJson(String error, List<Reviewing.Problem> problems) {}

  private final JdbcReviews reviews;
  private final JdbcDevices devices;
  private final Reviewing reviewing;

  ReviewApi(JdbcReviews reviews, JdbcDevices devices, Reviewing reviewing) {
    this.reviews = reviews;
    this.devices = devices;
    this.reviewing = reviewing;
  }

  @GetMapping("/api/v1/reviews")
  WaitingJson waiting(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "page", required = false) String page) {
    JdbcReviews.WaitingPage w = reviews.waiting(user.scope(), Pages.parse(page), Pages.SIZE);
    return new WaitingJson(w.devices(), w.total(), w.page(), w.size());
  }

  @GetMapping("/api/v1/devices/{id}/reviews")
  List<Review> history(@AuthenticationPrincipal SignedIn user, @PathVariable String id) {
    devices.byId(user.scope(), id).orElseThrow(NotFound::new);
    return reviews.of(user.scope(), id);
  }

  @PostMapping(path = "/api/v1/devices/{id}/reviews", consumes = "application/json")
  ResponseEntity<?> decide(
      @AuthenticationPrincipal SignedIn user,
      @PathVariable String id,
      @RequestBody ReviewRequest request) {
    Reviewing.Outcome outcome =
        reviewing.decide(
            user, id, new Reviewing.Request(request.decision(), request.maker(), request.reason()));
    if (!outcome.problems().isEmpty()) {
      return ResponseEntity.badRequest().body(new ProblemsJson("invalid", outcome.problems()));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(outcome.review());
  }
}
