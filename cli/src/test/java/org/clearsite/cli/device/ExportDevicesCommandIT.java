package org.clearsite.cli.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearsite.cli.Cli;
import org.clearsite.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code clearsite export devices}: the field contract, in CSV and JSON Lines. */
class ExportDevicesCommandIT {

  private static final List<String> FIELDS =
      List.of(
          "id",
          "department",
          "site",
          "site_sensitivity",
          "site_sensitivity_reasons",
          "location",
          "category",
          "make",
          "model",
          "serial",
          "mac",
          "ip",
          "hostname",
          "asset_tag",
          "description",
          "network_segment",
          "lifecycle_state",
          "maker",
          "brand",
          "covered",
          "attribution_confidence",
          "knowledge_version");

  /** The test knowledge base, so that the export contract does not move with the real one. */
  private static final Path FIXTURE =
      Path.of("..", "attribution", "src", "test", "resources", "fixture-knowledge")
          .toAbsolutePath()
          .normalize();

  @TempDir Path dir;
  private TestDatabase db;
  private Cli cli;

  @BeforeEach
  void load() throws IOException {
    db = TestDatabase.create();
    cli =
        new Cli(db.environment())
            .with("CLEARSITE_HOME", dir.resolve("home").toString())
            .with("CLEARSITE_KNOWLEDGE", FIXTURE.toString());
    Path home = dir.resolve("home.csv");
    Files.writeString(
        home,
        """
        Site,Sensitivity,Sensitivity reasons,Location,Type,Make,Model,Serial,MAC,IP,Hostname,Asset tag,Description,Network
        2 Marsham St,sensitive,ministers,Lobby,camera,Hikvision,"DS-2CD2143G0-I, white",HK1,44-19-B6-00-00-01,10.0.0.1,cam-lobby,HO-1,"says ""dome""\",isolated CCTV
        Lunar House,,,,recorder,Dahua,DHI-NVR4108,DH1,,,,,,
        """);
    Path dwp = dir.resolve("dwp.csv");
    Files.writeString(dwp, "Site,Make,Serial\nCaxton House,Axis,AX1\n");
    assertThat(run("import", "register", home.toString(), "--department", "Home Office").exitCode())
        .isZero();
    assertThat(run("import", "register", dwp.toString(), "--department", "DWP").exitCode())
        .isZero();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Cli.Result run(String... args) {
    Cli.Result result = cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  @Test
  void csvHasTheDocumentedHeaderAndOneRowPerDevice() throws IOException {
    String out = run("export", "devices", "--format", "csv").out();

    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out)).getRecords();
    assertThat(records.get(0).toList()).isEqualTo(FIELDS);
    assertThat(records).hasSize(4);
    CSVRecord lobby =
        records.stream().filter(r -> r.get(9).equals("HK1")).findFirst().orElseThrow();
    assertThat(lobby.get(0)).matches("[0-9a-hjkmnp-tv-z]{20}");
    assertThat(lobby.toList().subList(1, 17))
        .containsExactly(
            "Home Office",
            "2 Marsham St",
            "sensitive",
            "ministerial_use",
            "Lobby",
            "camera",
            "Hikvision",
            "DS-2CD2143G0-I, white",
            "HK1",
            "44:19:b6:00:00:01",
            "10.0.0.1",
            "cam-lobby",
            "HO-1",
            "says \"dome\"",
            "isolated_cctv",
            "identified");
    assertThat(lobby.toList().subList(17, 20)).containsExactly("Hikvision", "Hikvision", "true");
    assertThat(Double.parseDouble(lobby.get(20))).isGreaterThan(0.9);
    assertThat(lobby.get(21)).isEqualTo("7");
  }

  @Test
  void jsonLinesOnlyForTheDepartmentAskedFor() {
    JsonMapper json = JsonMapper.builder().build();
    List<JsonNode> lines =
        run("export", "devices", "--department", "home office", "--format", "jsonl")
            .out()
            .lines()
            .map(json::readTree)
            .toList();

    assertThat(lines).hasSize(2);
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.get("department").asString()).isEqualTo("Home Office"));
    assertThat(lines.get(0).propertyNames()).containsExactlyElementsOf(FIELDS);
    assertThat(lines.get(0).get("site").asString()).isEqualTo("2 Marsham St");
    assertThat(lines.get(1).get("model").asString()).isEqualTo("DHI-NVR4108");
    assertThat(lines.get(1).get("site_sensitivity").asString()).isEqualTo("standard");
  }

  @Test
  void aNewKnowledgeBaseVersionIsAppliedBeforeExporting() throws IOException {
    Path newer = dir.resolve("knowledge-v8");
    Files.createDirectories(newer);
    try (var files = Files.list(FIXTURE)) {
      for (Path file : files.toList()) {
        Files.copy(file, newer.resolve(file.getFileName()));
      }
    }
    Files.writeString(newer.resolve("knowledge.yaml"), "version: 8\ndate: 2026-12-01\n");

    String out =
        cli.with("CLEARSITE_KNOWLEDGE", newer.toString())
            .run("export", "devices", "--format", "csv")
            .out();

    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out)).getRecords();
    assertThat(records.subList(1, records.size()))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.get(FIELDS.indexOf("knowledge_version"))).isEqualTo("8"));
  }

  @Test
  void anUnknownDepartmentIsAnErrorNotAnEmptyFile() {
    Cli.Result result = cli.run("export", "devices", "--department", "MoJ", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no department named 'MoJ'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void writesToAFileWhenAsked() throws IOException {
    Path file = dir.resolve("devices.jsonl");
    run("export", "devices", "--format", "jsonl", "--output", file.toString());

    assertThat(Files.readAllLines(file)).hasSize(3);
  }
}
