package org.clearsite.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.persistence.site.JdbcSites;
import org.clearsite.site.SensitivityTier;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Sites: a filtered, searchable list, and a page per site with its devices. */
@Controller
class SiteController {

  private final JdbcSites sites;
  private final JdbcDevices devices;

  SiteController(JdbcSites sites, JdbcDevices devices) {
    this.sites = sites;
    this.devices = devices;
  }

  @GetMapping("/sites")
  String sites(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "tier", required = false) String tier,
      @RequestParam(name = "q", required = false) String search,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    String knownTier = tier(tier);
    String q = search == null ? "" : search.strip();
    JdbcSites.SitePage found =
        sites.page(user.scope(), knownTier, q, Pages.parse(page), Pages.SIZE);
    String query =
        (knownTier == null ? "" : "tier=" + knownTier + "&")
            + (q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&");
    model.addAttribute("sites", found.sites());
    model.addAttribute("tier", knownTier == null ? "" : knownTier);
    model.addAttribute("q", q);
    model.addAttribute(
        "pages", new Pages(found.page(), found.size(), found.total(), "/sites", query));
    return "sites";
  }

  @GetMapping("/sites/{id}")
  String site(
      @AuthenticationPrincipal SignedIn user,
      @PathVariable String id,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    JdbcSites.SiteRow site = sites.byId(user.scope(), id).orElseThrow(NotFound::new);
    JdbcDevices.DevicePage found =
        devices.page(user.scope(), site.id(), null, Pages.parse(page), Pages.SIZE);
    model.addAttribute("site", site);
    model.addAttribute("devices", found.devices());
    model.addAttribute(
        "pages",
        new Pages(
            found.page(),
            found.size(),
            found.total(),
            found.moreThanTotal(),
            "/sites/" + site.id(),
            ""));
    return "site";
  }

  /** A tier name from a request, or null when it names none. */
  static String tier(String text) {
    if (text == null) {
      return null;
    }
    return Arrays.stream(SensitivityTier.values())
        .map(Enum::name)
        .filter(t -> t.equals(text))
        .findFirst()
        .orElse(null);
  }
}
