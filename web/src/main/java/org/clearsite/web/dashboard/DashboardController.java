package org.clearsite.web.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clearsite.device.LifecycleState;
import org.clearsite.persistence.dashboard.JdbcDashboard;
import org.clearsite.site.SensitivityTier;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The picture: covered devices by department, site sensitivity and status. */
@Controller
class DashboardController {

  private static final List<String> IN_PLACE = List.of("IDENTIFIED", "CONFIRMED", "SCHEDULED");

  private final JdbcDashboard dashboard;

  DashboardController(JdbcDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/")
  String dashboard(@AuthenticationPrincipal SignedIn user, Model model) {
    List<String> tiers =
        Arrays.stream(SensitivityTier.values()).map(Enum::name).toList().reversed();
    List<String> states = Arrays.stream(LifecycleState.values()).map(Enum::name).toList();
    Map<String, Map<String, Map<String, Long>>> table = new TreeMap<>();
    Map<String, Long> inPlace = new LinkedHashMap<>();
    tiers.forEach(t -> inPlace.put(t, 0L));
    long total = 0;
    for (JdbcDashboard.CoveredCount c : dashboard.covered(user.scope())) {
      table
          .computeIfAbsent(c.department(), k -> new TreeMap<>())
          .computeIfAbsent(c.tier(), k -> new TreeMap<>())
          .put(c.state(), c.devices());
      if (IN_PLACE.contains(c.state())) {
        inPlace.merge(c.tier(), c.devices(), Long::sum);
      }
      total += c.devices();
    }
    model.addAttribute(
        "view",
        new DashboardView(tiers, states, table, inPlace, total, dashboard.sites(user.scope())));
    return "dashboard";
  }
}
