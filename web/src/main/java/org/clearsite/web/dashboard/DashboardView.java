package org.clearsite.web.dashboard;

import java.util.List;
import java.util.Map;
import org.clearsite.persistence.dashboard.JdbcDashboard;

/**
 * @param table department to tier to state to count, for covered devices
 * @param inPlaceByTier covered devices still on site, per sensitivity tier, for the chart
 */
public record DashboardView(
    List<String> tiers,
    List<String> states,
    Map<String, Map<String, Map<String, Long>>> table,
    Map<String, Long> inPlaceByTier,
    long coveredTotal,
    JdbcDashboard.SiteCounts sites) {

  public long count(String department, String tier, String state) {
    return table
        .getOrDefault(department, Map.of())
        .getOrDefault(tier, Map.of())
        .getOrDefault(state, 0L);
  }

  public long largestTier() {
    return inPlaceByTier.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
