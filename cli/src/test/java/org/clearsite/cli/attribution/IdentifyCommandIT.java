package org.clearsite.cli.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearsite.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code identify}, {@code check} and {@code eval} as a user runs them, against the test knowledge
 * base (CLEARSITE_KNOWLEDGE), so the contract is tested apart from the facts.
 */
class IdentifyCommandIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path FIXTURE =
      Path.of("..", "attribution", "src", "test", "resources", "fixture-knowledge")
          .toAbsolutePath()
          .normalize();

  @TempDir Path dir;

  private Cli cli() {
    return new Cli(
        Map.of("CLEARSITE_HOME", dir.toString(), "CLEARSITE_KNOWLEDGE", FIXTURE.toString()));
  }

  @Test
  void oneAnswerPerLineInOrderWithErrorsForBadLines() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(
        line(
            "{\"id\":\"a1\",\"make\":\"Hik Vision\",\"model\":\"DS2CD2143G0I\",\"site_note\":\"x\"}"));
    input.writeBytes(line("{\"id\":\"a2\",\"make\":"));
    input.writeBytes(line("[1,2,3]"));
    input.write(
        new byte[] {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    input.writeBytes(line("[".repeat(100_000) + "]".repeat(100_000)));
    input.writeBytes(line(""));
    input.writeBytes(
        line(
            "{\"id\":7,\"http_server\":\""
                + "A".repeat(10 * 1024 * 1024)
                + "\",\"model\":\"AXIS P3245-V\"}"));
    input.writeBytes(
        line("{\"id\":\"a8\",\"description\":\"dome camera b/w\",\"open_ports\":[80,554]}"));
    Path file = dir.resolve("devices.jsonl");
    Files.write(file, input.toByteArray());

    Cli.Result result = cli().run("identify", file.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> out = result.out().lines().map(JSON::readTree).toList();
    assertThat(out).hasSize(8);

    JsonNode first = out.get(0);
    assertThat(first.propertyNames())
        .containsExactly(
            "id",
            "maker",
            "brand",
            "model",
            "device_type",
            "confidence",
            "covered",
            "regimes",
            "regime_rules",
            "evidence",
            "conflicts");
    assertThat(first.get("id").asString()).isEqualTo("a1");
    assertThat(first.get("maker").asString()).isEqualTo("Hikvision");
    assertThat(first.get("covered").asBoolean()).isTrue();
    assertThat(first.get("regimes").get("uk-sensitive-sites").asString()).isEqualTo("covered");
    assertThat(first.get("evidence").get(0).propertyNames())
        .containsExactly("field", "value", "rule", "indicates", "weight");

    assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(out.get(1).get("error").asString()).startsWith("not valid JSON");
    assertThat(out.get(2).get("error").asString()).isEqualTo("expected a JSON object");
    assertThat(out.get(3).get("error").asString()).isEqualTo("not valid UTF-8");
    assertThat(out.get(4).get("line").asInt()).isEqualTo(5);
    assertThat(out.get(4).get("error").asString()).startsWith("not valid JSON");
    assertThat(out.get(5).get("error").asString()).isEqualTo("empty line");
    assertThat(out.get(6).get("id").asInt()).isEqualTo(7);
    assertThat(out.get(6).get("maker").asString()).isEqualTo("Axis Communications");
    assertThat(out.get(6).get("covered").asBoolean()).isFalse();
    assertThat(out.get(7).get("maker").isNull()).isTrue();
    assertThat(out.get(7).get("covered").isNull()).isTrue();
  }

  @Test
  void readsStandardInputAndTakesAnotherRegime() throws Exception {
    ProcessBuilder builder = cli().builder("identify", "-", "--regime", "us-ndaa-889");
    Process process = builder.start();
    process.getOutputStream().write(line("{\"id\":\"u1\",\"make\":\"Uniview\"}"));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isZero();
    JsonNode answer = JSON.readTree(out);
    assertThat(answer.get("maker").asString()).isEqualTo("Uniview");
    assertThat(answer.get("covered").asBoolean()).isFalse();
    assertThat(answer.get("regimes").get("uk-sensitive-sites").asString())
        .isEqualTo("under_review");
  }

  @Test
  void aSiteTierInTheInputAppliesTheRegimesSiteTest() throws IOException {
    Path file = dir.resolve("sited.jsonl");
    Files.writeString(file, "{\"id\":\"s1\",\"make\":\"Hikvision\",\"site_tier\":\"standard\"}\n");

    JsonNode answer = JSON.readTree(cli().run("identify", file.toString()).out());

    assertThat(answer.get("covered").asBoolean()).isTrue();
    assertThat(answer.get("regimes").get("uk-sensitive-sites").asString()).isEqualTo("not_covered");
    assertThat(answer.get("regimes").get("us-ndaa-889").asString()).isEqualTo("covered");
  }

  @Test
  void anUnknownRegimeIsAUsageError() {
    Cli.Result result = cli().run("identify", "--regime", "nope", "-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no regime 'nope'");
  }

  @Test
  void checkAnswersTheProcurementQuestion() {
    Cli.Result blocked = cli().run("check", "--brand", "ANNKE", "--model", "C800");
    Cli.Result allowed = cli().run("check", "--brand", "Axis", "--model", "P3245-V");
    Cli.Result unknown = cli().run("check", "--brand", "Acme Security");
    Cli.Result standard =
        cli()
            .run(
                "check",
                "--brand",
                "Hikvision",
                "--model",
                "DS-2CD2143G0-I",
                "--site-tier",
                "standard",
                "--json");

    assertThat(blocked.out())
        .startsWith("blocked: ANNKE C800 is made by Hikvision (sold as Annke)");
    assertThat(allowed.out()).startsWith("allowed: Axis P3245-V is made by Axis Communications");
    assertThat(unknown.out()).startsWith("review: who makes Acme Security is not known");
    JsonNode json = JSON.readTree(standard.out());
    assertThat(json.get("decision").asString()).isEqualTo("review");
    assertThat(json.get("reason").asString()).contains("not standard ones");
    assertThat(json.get("maker").asString()).isEqualTo("Hikvision");
  }

  @Test
  void evalPrintsTheFiguresPerSplit() throws IOException {
    Path labelled = dir.resolve("labelled.jsonl");
    Files.writeString(
        labelled,
        """
        {"id":"e1","make":"Hikvision","label_maker":"Hikvision","label_covered_uk":true,"split":"tuning"}
        {"id":"e2","model":"AXIS P3245-V","label_maker":"Axis Communications","label_covered_uk":false,"split":"held_out"}
        {"id":"e3","description":"dome camera","label_maker":null,"label_covered_uk":null,"split":"held_out"}
        {"id":"e4","make":"Annke","label_maker":"Hikvision","label_covered_uk":true,"split":"held_out"}
        """);

    Cli.Result result = cli().run("eval", labelled.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("tuning: 1 records")
        .contains("held_out: 3 records")
        .contains("all: 4 records")
        .contains("covered precision   1.000")
        .contains("covered recall      1.000")
        .contains("calibration");
  }

  @Test
  void evalScoresSeveralFilesAsOneSetAndNeverShowsTheEngineTheirBookkeeping() throws IOException {
    Path constructed = dir.resolve("constructed.jsonl");
    Path observed = dir.resolve("observed.jsonl");
    Files.writeString(
        constructed,
        """
        {"id":"c1","make":"Hikvision","label_maker":"Hikvision","label_covered_uk":true,"split":"held_out"}
        """);
    // "origin" is bookkeeping: read as free text, "Dahua" would name a maker.
    Files.writeString(
        observed,
        """
        {"id":"o1","description":"dome camera","origin":"Dahua","label_maker":null,"label_covered_uk":null,"split":"held_out"}
        """);

    Cli.Result result = cli().run("eval", constructed.toString(), observed.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("held_out: 2 records")
        .contains("unknowns kept unknown 1.000");
  }

  @Test
  void evalRefusesALabelledSetWithAnUnreadableRecord() throws IOException {
    Path labelled = dir.resolve("bad.jsonl");
    Files.writeString(
        labelled, "{\"id\":\"e1\",\"make\":\"Hikvision\",\"label_maker\":\"Hikvision\"}\n[1]\n");

    Cli.Result result = cli().run("eval", labelled.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("line 2 is not a JSON object");
  }

  private static byte[] line(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
