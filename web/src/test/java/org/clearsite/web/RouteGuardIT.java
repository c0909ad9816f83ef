package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearsite.web.security.AccessRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every route the application serves has an access rule, and none answers a stranger. */
class RouteGuardIT {

  private static WebEstate estate;

  @BeforeAll
  static void start() {
    estate = new WebEstate();
  }

  @AfterAll
  static void stop() {
    estate.close();
  }

  /** Method and pattern of every controller route, e.g. "GET /devices/{id}". */
  private static List<String> routes() {
    List<String> routes = new ArrayList<>();
    Map<RequestMappingInfo, HandlerMethod> handlers =
        estate
            .app
            .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
            .getHandlerMethods();
    handlers.forEach((info, handler) -> {
      if (!handler.getBeanType().getPackageName().startsWith("org.clearsite")) {
        return; // Spring's own error controller: /error is public by design
      }
      for (String pattern : info.getPatternValues()) {
        assertThat(info.getMethodsCondition().getMethods())
            .as("%s must name its HTTP method", pattern)
            .isNotEmpty();
        info.getMethodsCondition()
            .getMethods()
            .forEach(method -> routes.add(method.name() + " " + pattern));
      }
    });
    return routes;
  }

  @Test
  void everyRouteHasAnAccessRule() {
    List<String> ruled =
        AccessRules.ROUTES.stream().map(r -> r.method().name() + " " + r.pattern()).toList();
    List<PathPattern> documentation =
        AccessRules.DOCUMENTATION.stream().map(PathPatternParser.defaultInstance::parse).toList();

    assertThat(routes()).isNotEmpty();
    assertThat(routes())
        .allSatisfy(route ->
            assertThat(
                    ruled.contains(route)
                        || (route.startsWith("GET ")
                            && documentation.stream()
                                .anyMatch(
                                    p -> p.matches(PathContainer.parsePath(route.substring(4))))))
                .as("%s has an access rule", route)
                .isTrue());
  }

  @Test
  void theOpenApiDocumentDescribesTheApiForSignedInUsersOnly() {
    Browser alice = Browser.signedInAs(estate, "alice");
    HttpResponse<String> doc = alice.get("/v3/api-docs");

    assertThat(new Browser(estate).get("/v3/api-docs").statusCode()).isEqualTo(302);
    assertThat(new Browser(estate).get("/swagger-ui/index.html").statusCode()).isEqualTo(302);
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body())
        .startsWith("{\"openapi\":\"3.")
        .contains(
            "\"/api/v1/devices\"",
            "\"/api/v1/devices/{id}\"",
            "\"/api/v1/sites\"",
            "\"/api/v1/reviews\"",
            "\"/api/v1/imports\"",
            "\"bearer\"")
        .doesNotContain("\"/sign-in\"", "\"/devices/{id}/review\"");
    assertThat(alice.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void everyRuleStillHasARoute() {
    List<String> routes = routes();

    assertThat(AccessRules.ROUTES)
        .allSatisfy(r -> assertThat(routes).contains(r.method().name() + " " + r.pattern()));
  }

  @Test
  void aStrangerIsSentToSignInForPagesAndRefusedByTheApi() {
    Browser stranger = new Browser(estate);
    String device = estate.deviceIds(WebEstate.HOME).get(0);
    String site = estate.siteIds(WebEstate.HOME).get(0);
    for (AccessRules.Rule rule : AccessRules.ROUTES) {
      if (rule.isPublic() || rule.method() != HttpMethod.GET) {
        continue;
      }
      String path = rule.pattern().replace("{id}", rule.pattern().contains("site") ? site : device);
      HttpResponse<String> r = stranger.get(path);
      if (path.startsWith("/api/")) {
        assertThat(r.statusCode()).as(path).isEqualTo(401);
        assertThat(r.body()).as(path).doesNotContain(device);
      } else {
        assertThat(r.statusCode()).as(path).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
            .as(path)
            .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
      }
    }
  }

  @Test
  void aStrangerCannotPostAReview() {
    Browser stranger = new Browser(estate);
    String device = estate.deviceIds(WebEstate.HOME).get(0);
    stranger.get("/sign-in");

    assertThat(
            stranger
                .post(
                    "/devices/" + device + "/review",
                    "decision=override&maker=axis&reason=x&_csrf=" + stranger.csrf())
                .statusCode())
        .isEqualTo(302);
    assertThat(
            stranger
                .postJson(
                    "/api/v1/devices/" + device + "/reviews",
                    "{\"decision\":\"override\",\"maker\":\"axis\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(estate.reviewCount()).isZero();
  }

  @Test
  void anUnlistedRouteIsDeniedEvenToTheAdministrator() {
    Browser admin = Browser.signedInAs(estate, "central");

    assertThat(admin.get("/actuator/env").statusCode()).isIn(403, 404);
    assertThat(
            admin
                .send(HttpRequest.newBuilder(URI.create(estate.url("/devices"))).DELETE())
                .statusCode())
        .isEqualTo(403);
  }
}
