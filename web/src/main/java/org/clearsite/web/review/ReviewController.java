package org.clearsite.web.review;

import org.clearsite.persistence.review.JdbcReviews;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue: attributions with no maker or low confidence, most sensitive sites first. */
@Controller
class ReviewController {

  private final JdbcReviews reviews;

  ReviewController(JdbcReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/reviews")
  String queue(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    JdbcReviews.WaitingPage waiting = reviews.waiting(user.scope(), Pages.parse(page), Pages.SIZE);
    model.addAttribute("waiting", waiting.devices());
    model.addAttribute("threshold", (int) Math.round(JdbcReviews.REVIEW_BELOW * 100));
    model.addAttribute(
        "pages", new Pages(waiting.page(), waiting.size(), waiting.total(), "/reviews", ""));
    return "reviews";
  }
}
