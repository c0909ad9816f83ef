package org.clearsite.web.device;

import java.util.List;
import java.util.Map;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.Evidence;
import org.clearsite.attribution.Finding;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.web.NotFound;
import org.clearsite.web.page.Pages;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/devices}: devices by the external id that {@code clearsite export devices} prints,
 * in the same scope as the pages.
 */
@RestController
@RequestMapping(produces = "application/json")
class DeviceApi {

  /** A device in a list: what it is, where, and the stored attribution. */
  record DeviceJson(
      String id,
      String department,
      String siteId,
      String site,
      String sensitivityTier,
      String location,
      String category,
      String make,
      String model,
      String serial,
      String mac,
      String ip,
      String hostname,
      String assetTag,
      String networkSegment,
      String lifecycleState,
      String maker,
      String brand,
      Double confidence,
      Boolean covered) {

    static DeviceJson of(JdbcDevices.DeviceRow d) {
      return new DeviceJson(
          d.id(),
          d.department(),
          d.siteId(),
          d.site(),
          d.tier(),
          d.location(),
          d.category(),
          d.make(),
          d.model(),
          d.serial(),
          d.mac(),
          d.ip(),
          d.hostname(),
          d.assetTag(),
          d.networkSegment(),
          d.state(),
          d.maker(),
          d.brand(),
          d.confidence(),
          d.covered());
    }
  }

  /**
   * @param moreThanTotal more devices match than {@code total}: counting stops at 1,000
   */
  record DevicesJson(
      List<DeviceJson> items, long total, boolean moreThanTotal, int page, int size) {}

  /** One device with its attribution worked out now, evidence and all. */
  record DeviceDetailJson(DeviceJson device, AttributionJson attribution) {}

  record AttributionJson(
      String maker,
      String brand,
      String model,
      String deviceType,
      double confidence,
      Map<String, Finding> regimes,
      List<Evidence> evidence,
      List<String> conflicts) {

    static AttributionJson of(Attribution a) {
      return new AttributionJson(
          a.maker(),
          a.brand(),
          a.model(),
          a.deviceType(),
          a.confidence(),
          a.equipment(),
          a.evidence(),
          a.conflicts());
    }
  }

  private final JdbcDevices devices;
  private final AttributionEngine engine;

  DeviceApi(JdbcDevices devices, AttributionEngine engine) {
    this.devices = devices;
    this.engine = engine;
  }

  @GetMapping("/api/v1/devices")
  DevicesJson devices(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "site", required = false) String site,
      @RequestParam(name = "q", required = false) String search,
      @RequestParam(name = "page", required = false) String page,
      @RequestParam(name = "size", required = false) String size) {
    JdbcDevices.DevicePage found =
        devices.page(
            user.scope(),
            site,
            search,
            Pages.parse(page),
            Math.min(500, Pages.parse(size == null ? String.valueOf(Pages.SIZE) : size)));
    return new DevicesJson(
        found.devices().stream().map(DeviceJson::of).toList(),
        found.total(),
        found.moreThanTotal(),
        found.page(),
        found.size());
  }

  @GetMapping("/api/v1/devices/{id}")
  DeviceDetailJson device(@AuthenticationPrincipal SignedIn user, @PathVariable String id) {
    JdbcDevices.DeviceRow d = devices.byId(user.scope(), id).orElseThrow(NotFound::new);
    return new DeviceDetailJson(
        DeviceJson.of(d), AttributionJson.of(engine.attribute(d.observed())));
  }
}
