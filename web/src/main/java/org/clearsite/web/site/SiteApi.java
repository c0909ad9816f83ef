package org.clearsite.web.site;

import java.util.List;
import org.clearsite.persistence.site.JdbcSites;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sites}: the same sites, in the same scope, as the pages. */
@RestController
@RequestMapping(produces = "application/json")
class SiteApi {

  /** A site as the API gives it. */
  record SiteJson(
      String id,
      String name,
      String department,
      String sensitivityTier,
      List<String> sensitivityReasons,
      String address,
      String postcode,
      String region,
      long devices,
      long coveredInPlace) {

    static SiteJson of(JdbcSites.SiteRow s) {
      return new SiteJson(
          s.id(),
          s.name(),
          s.department(),
          s.tier(),
          s.reasons().isEmpty() ? List.of() : List.of(s.reasons().split(",")),
          s.address(),
          s.postcode(),
          s.region(),
          s.devices(),
          s.coveredInPlace());
    }
  }

  record SitesJson(List<SiteJson> items, long total, int page, int size) {}

  private final JdbcSites sites;

  SiteApi(JdbcSites sites) {
    this.sites = sites;
  }

  @GetMapping("/api/v1/sites")
  SitesJson sites(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "tier", required = false) String tier,
      @RequestParam(name = "q", required = false) String search,
      @RequestParam(name = "page", required = false) String page,
      @RequestParam(name = "size", required = false) String size) {
    JdbcSites.SitePage found =
        sites.page(
            user.scope(),
            SiteController.tier(tier),
            search,
            Pages.parse(page),
            Math.min(500, Pages.parse(size == null ? String.valueOf(Pages.SIZE) : size)));
    return new SitesJson(
        found.sites().stream().map(SiteJson::of).toList(),
        found.total(),
        found.page(),
        found.size());
  }

  @GetMapping("/api/v1/sites/{id}")
  SiteJson site(@AuthenticationPrincipal SignedIn user, @PathVariable String id) {
    return sites.byId(user.scope(), id).map(SiteJson::of).orElseThrow(NotFound::new);
  }
}
