package org.clearsite.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP client that keeps cookies and sends the CSRF token, as a browser with a form would. */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final WebEstate estate;
  private final HttpClient http;
  private String csrf = "";

  Browser(WebEstate estate) {
    this.estate = estate;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static Browser signedInAs(WebEstate estate, String name) {
    Browser b = new Browser(estate);
    HttpResponse<String> r = b.signIn(name, WebEstate.PASSWORD);
    if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/")) {
      throw new AssertionError(
          "sign-in as " + name + " failed: " + r.statusCode() + " " + r.headers());
    }
    return b;
  }

  HttpResponse<String> signIn(String name, String password) {
    get("/sign-in");
    return post(
        "/sign-in",
        "name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf);
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(estate.url(path))).GET());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  HttpResponse<String> post(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(estate.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** JSON to the API with the session's CSRF token, as the pages' own scripts would send it. */
  HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(estate.url(path)))
            .header("Content-Type", "application/json")
            .header("X-CSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart form with one file, as a browser sends an upload. */
  HttpResponse<String> upload(String path, String fileName, byte[] content, String... fields) {
    String boundary = "----clearsite" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < fields.length; i += 2) {
      text.accept(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + fields[i]
              + "\"\r\n\r\n");
      text.accept(fields[i + 1] + "\r\n");
    }
    text.accept(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(estate.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-CSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  String csrf() {
    return csrf;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
