package org.clearsite.web.device;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Device search, and a page per device showing its attribution and every piece of evidence. */
@Controller
class DeviceController {

  static final String DEFAULT_REGIME = "uk-sensitive-sites";

  private final JdbcDevices devices;
  private final AttributionEngine engine;

  DeviceController(JdbcDevices devices, AttributionEngine engine) {
    this.devices = devices;
    this.engine = engine;
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
            "/devices",
            q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&"));
    return "devices";
  }

  @GetMapping("/devices/{id}")
  String device(@AuthenticationPrincipal SignedIn user, @PathVariable String id, Model model) {
    JdbcDevices.DeviceRow device = devices.byId(user.scope(), id).orElseThrow(NotFound::new);
    model.addAttribute(
        "view", new DeviceView(device, engine.attribute(device.observed()), DEFAULT_REGIME));
    return "device";
  }
}
