package org.clearsite.web.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clearsite.account.DepartmentScope;
import org.clearsite.device.LifecycleState;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.EstateVersion;
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

  /** Scopes remembered at most: there are as many as distinct sets of departments in use. */
  private static final int MAX_SCOPES = 1_000;

  private final JdbcDashboard dashboard;
  private final Database database;

  /**
   * The counts for each scope, with the estate version they were worked out at. Counting a million
   * devices takes a second; the estate changes with imports and reviews, far less often than the
   * dashboard is read, and every request checks the version, so nothing shown is ever stale.
   */
  private final Map<DepartmentScope, Counted> counted = new ConcurrentHashMap<>();

  private record Counted(long version, DashboardView view) {}

  DashboardController(JdbcDashboard dashboard, Database database) {
    this.dashboard = dashboard;
    this.database = database;
  }

  @GetMapping("/")
  String dashboard(@AuthenticationPrincipal SignedIn user, Model model) {
    long version = EstateVersion.read(database);
    Counted known = counted.get(user.scope());
    if (known == null || known.version() != version) {
      if (counted.size() >= MAX_SCOPES) {
        counted.clear();
      }
      // Read the version before counting: a change made meanwhile makes the next request recount.
      known = new Counted(version, count(user.scope()));
      counted.put(user.scope(), known);
    }
    model.addAttribute("view", known.view());
    return "dashboard";
  }

  private DashboardView count(DepartmentScope scope) {
    List<String> tiers =
        Arrays.stream(SensitivityTier.values()).map(Enum::name).toList().reversed();
    List<String> states = Arrays.stream(LifecycleState.values()).map(Enum::name).toList();
    Map<String, Map<String, Map<String, Long>>> table = new TreeMap<>();
    Map<String, Long> inPlace = new LinkedHashMap<>();
    tiers.forEach(t -> inPlace.put(t, 0L));
    long total = 0;
    for (JdbcDashboard.CoveredCount c : dashboard.covered(scope)) {
      table
          .computeIfAbsent(c.department(), k -> new TreeMap<>())
          .computeIfAbsent(c.tier(), k -> new TreeMap<>())
          .put(c.state(), c.devices());
      if (LifecycleState.valueOf(c.state()).onSite()) {
        inPlace.merge(c.tier(), c.devices(), Long::sum);
      }
      total += c.devices();
    }
    return new DashboardView(tiers, states, table, inPlace, total, dashboard.sites(scope));
  }
}
