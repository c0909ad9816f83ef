package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearsite.account.Role;
import org.clearsite.web.security.AccessRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * For every page and API route: a person of one department sees their own department's records and
 * nothing of another's, whatever their role; the central administrator sees both.
 */
class DepartmentIsolationIT {

  private static WebEstate estate;

  @BeforeAll
  static void start() {
    estate = new WebEstate();
  }

  @AfterAll
  static void stop() {
    estate.close();
  }

  private static List<AccessRules.Rule> signedInRoutes() {
    return AccessRules.ROUTES.stream().filter(r -> !r.isPublic()).toList();
  }

  private static String path(AccessRules.Rule rule, String siteId, String deviceId) {
    return rule.pattern().replace("{id}", rule.pattern().contains("/sites") ? siteId : deviceId);
  }

  @Test
  void everyHomeOfficeRoleIsRefusedEveryCabinetOfficeRecordOnEveryRoute() {
    List<String> theirSites = estate.siteIds(WebEstate.CABINET);
    List<String> theirDevices = estate.deviceIds(WebEstate.CABINET);
    assertThat(theirSites).isNotEmpty();
    assertThat(theirDevices).isNotEmpty();
    for (String name : List.of("alice", "erin", "pat", "audrey")) {
      Browser user = Browser.signedInAs(estate, name);
      for (AccessRules.Rule rule : signedInRoutes()) {
        for (int i = 0; i < theirDevices.size(); i++) {
          String path = path(rule, theirSites.get(i % theirSites.size()), theirDevices.get(i));
          user.get("/");
          HttpResponse<String> r = send(user, rule, path);
          if (!rule.roles().contains(role(name))) {
            assertThat(r.statusCode()).as("%s %s", name, path).isEqualTo(403);
          } else if (rule.method() == HttpMethod.POST) {
            assertThat(r.statusCode()).as("%s %s", name, path).isIn(400, 404);
          } else if (rule.pattern().contains("{id}")) {
            assertThat(r.statusCode()).as("%s %s", name, path).isEqualTo(404);
          } else {
            assertThat(r.statusCode()).as("%s %s", name, path).isEqualTo(200);
          }
          assertThat(r.body())
              .as("%s %s", name, path)
              .doesNotContain(theirDevices)
              .doesNotContain(theirSites)
              .doesNotContain("70 Whitehall", WebEstate.CABINET);
        }
      }
    }
    assertThat(estate.reviewCount()).as("reviews recorded").isZero();
    assertThat(estate.deviceIds(WebEstate.CABINET)).as("their devices").isEqualTo(theirDevices);
    assertThat(estate.auditActions()).as("audit entries").doesNotContain("review.override");
  }

  private static Role role(String account) {
    for (String[] a : WebEstate.ACCOUNTS) {
      if (a[0].equals(account)) {
        return Role.fromCliName(a[1]);
      }
    }
    throw new IllegalArgumentException(account);
  }

  /** A request as the route takes it: a form post, a JSON post, or a plain GET. */
  private static HttpResponse<String> send(Browser user, AccessRules.Rule rule, String path) {
    if (rule.method() == HttpMethod.GET) {
      return user.get(path);
    }
    if (path.endsWith("/imports")) {
      return user.upload(
          path,
          "theirs.csv",
          "Site,Make,Serial\n70 Whitehall,Axis,THEIRS-1\n".getBytes(StandardCharsets.UTF_8),
          "department",
          WebEstate.CABINET);
    }
    if (path.startsWith("/api/")) {
      return user.postJson(
          path, "{\"decision\":\"override\",\"maker\":\"axis\",\"reason\":\"probe\"}");
    }
    return user.post(path, "decision=override&maker=axis&reason=probe&_csrf=" + user.csrf());
  }

  @Test
  void aSecurityOfficerSeesTheirOwnDepartmentOnEveryRoute() {
    Browser alice = Browser.signedInAs(estate, "alice");
    String site = estate.siteIds(WebEstate.HOME).get(0);
    for (String device : estate.deviceIds(WebEstate.HOME)) {
      for (AccessRules.Rule rule : signedInRoutes()) {
        if (rule.method() != HttpMethod.GET) {
          continue;
        }
        HttpResponse<String> r = alice.get(path(rule, site, device));
        assertThat(r.statusCode()).as(rule.pattern()).isEqualTo(200);
        if (rule.pattern().equals("/devices/{id}")
            || rule.pattern().equals("/api/v1/devices/{id}")) {
          assertThat(r.body()).contains(device);
        }
      }
    }
    assertThat(alice.get("/devices").body()).contains(estate.deviceIds(WebEstate.HOME));
    assertThat(alice.get("/api/v1/devices").body()).contains(estate.deviceIds(WebEstate.HOME));
  }

  @Test
  void theOtherDepartmentIsRefusedTheFirstDepartmentsRecordsToo() {
    Browser bob = Browser.signedInAs(estate, "bob");
    for (String device : estate.deviceIds(WebEstate.HOME)) {
      assertThat(bob.get("/devices/" + device).statusCode()).isEqualTo(404);
      assertThat(bob.get("/api/v1/devices/" + device).statusCode()).isEqualTo(404);
    }
    assertThat(bob.get("/").body()).doesNotContain(WebEstate.HOME);
  }

  @Test
  void theCentralAdministratorSeesEveryDepartment() {
    Browser admin = Browser.signedInAs(estate, "central");

    assertThat(admin.get("/api/v1/devices").body())
        .contains(estate.deviceIds(WebEstate.HOME))
        .contains(estate.deviceIds(WebEstate.CABINET));
    assertThat(admin.get("/").body()).contains(WebEstate.HOME, WebEstate.CABINET);
  }

  @Test
  void anAccountWithNoDepartmentSeesNothing() {
    estate.addAccount("nobody", "security-officer");
    Browser nobody = Browser.signedInAs(estate, "nobody");

    assertThat(nobody.get("/api/v1/devices").body()).contains("\"total\":0");
    assertThat(nobody.get("/api/v1/sites").body()).contains("\"total\":0");
  }
}
