package org.clearsite.web.device;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearsite.account.Role;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.review.JdbcReviews;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.review.Reviewing;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Device search, and a page per device showing its attribution and every piece of evidence. */
@Controller
class DeviceController {

  private final JdbcDevices devices;
  private final JdbcReviews reviews;
  private final AttributionEngine engine;
  private final Reviewing reviewing;

  DeviceController(
      JdbcDevices devices, JdbcReviews reviews, AttributionEngine engine, Reviewing reviewing) {
    this.devices = devices;
    this.reviews = reviews;
    this.engine = engine;
    this.reviewing = reviewing;
  }

  @GetMapping("/devices")
  String devices(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "q", required = false) String search,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    String q = search == null ? "" : search.strip();
    JdbcDevices.DevicePage found =
        devices.page(user.scope(), null, q, Pages.parse(page), Pages.SIZE);
    model.addAttribute("devices", found.devices());
    model.addAttribute("q", q);
    model.addAttribute(
        "pages",
        new Pages(
            found.page(),
            found.size(),
            found.total(),
            found.moreThanTotal(),
            "/devices",
            q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&"));
    return "devices";
  }

  @GetMapping("/devices/{id}")
  String device(
      @AuthenticationPrincipal SignedIn user,
      @PathVariable String id,
      @RequestParam(name = "reviewed", required = false) String reviewed,
      Model model) {
    return page(user, id, new ReviewForm(null, null, "", List.of(), reviewed != null), model);
  }

  /** A reviewer confirms or overrides the maker; the reason is mandatory. */
  @PostMapping("/devices/{id}/review")
  String review(
      @AuthenticationPrincipal SignedIn user,
      @PathVariable String id,
      @RequestParam(name = "decision", required = false) String decision,
      @RequestParam(name = "maker", required = false) String maker,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Reviewing.Outcome outcome =
        reviewing.decide(user, id, new Reviewing.Request(decision, maker, reason));
    if (outcome.problems().isEmpty()) {
      return "redirect:/devices/" + id + "?reviewed";
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(
        user,
        id,
        new ReviewForm(decision, maker, reason == null ? "" : reason, outcome.problems(), false),
        model);
  }

  private String page(SignedIn user, String id, ReviewForm form, Model model) {
    JdbcDevices.DeviceRow device = devices.byId(user.scope(), id).orElseThrow(NotFound::new);
    model.addAttribute(
        "view",
        new DeviceView(
            device,
            engine.attribute(device.observed()),
            AttributionEngine.DEFAULT_REGIME,
            reviews.of(user.scope(), id),
            mayReview(user) ? reviewing.makers() : List.of(),
            form));
    return "device";
  }

  /** Departmental security officers and the central administrator settle attributions. */
  static boolean mayReview(SignedIn user) {
    return user.account().roles().contains(Role.ADMIN)
        || user.account().roles().contains(Role.SECURITY_OFFICER);
  }
}
