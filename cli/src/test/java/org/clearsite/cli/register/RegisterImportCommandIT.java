package org.clearsite.cli.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearsite.cli.Cli;
import org.clearsite.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code clearsite import register} as a separate process, on H2 and on PostgreSQL. */
class RegisterImportCommandIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private TestDatabase db;
  private Cli cli;

  @BeforeEach
  void open() {
    db = TestDatabase.create();
    cli = new Cli(db.environment()).with("CLEARSITE_HOME", dir.resolve("home").toString());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private JsonNode importJson(Path file, String department, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("import", "register", file.toString(), "--department", department, "--json"));
    args.addAll(List.of(more));
    Cli.Result result = cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static final String REGISTER =
      """
      Estate register: Home Office, November 2026
      Site,Location,Make,Model No,S/N,MAC Address,IP Address,Description
      2 Marsham St,Lobby,Hikvision,DS-2CD2143G0-I,HK001,44:19:b6:00:00:01,10.1.0.11,"Dome camera
      above the reception desk"
      2 Marsham St,Lobby,hik vision,DS-7608NI-K2,HK002,,10.1.0.12,NVR
      ,Car park,Dahua,IPC-HDW1230S,DH001,,,missing site
      Lunar House,Gate,Dahua,IPC-HDW1230S,DH002,zz:zz,,bad MAC
      Lunar House,Gate,Dahua,IPC-HDW1230S,DH003,,10.1.300.4,bad IP
      Lunar House,Gate,Axis,P3245-V,HK001,,,duplicate serial
      """;

  @Test
  void jsonIsExactlyTheDocumentedIntegerKeys() throws IOException {
    JsonNode summary = importJson(csv("register.csv", REGISTER), "Home Office");

    assertThat(summary.propertyNames())
        .containsExactly(
            "read", "accepted", "rejected", "created", "updated", "unchanged", "missing");
    summary.forEach(value -> assertThat(value.isIntegralNumber()).isTrue());
    assertThat(summary.get("read").asLong()).isEqualTo(6);
    assertThat(summary.get("accepted").asLong()).isEqualTo(2);
    assertThat(summary.get("rejected").asLong()).isEqualTo(4);
    assertThat(summary.get("created").asLong()).isEqualTo(2);
    assertThat(summary.get("missing").asLong()).isZero();
  }

  @Test
  void rejectsFileGivesPhysicalLineColumnAndReason() throws IOException {
    Path rejects = dir.resolve("rejects.csv");
    importJson(csv("register.csv", REGISTER), "Home Office", "--rejects", rejects.toString());

    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("line,column,reason");
    // The description on line 3 runs onto line 4, so later rows start one line further down.
    assertThat(lines.subList(1, lines.size()))
        .satisfiesExactly(
            l -> assertThat(l).startsWith("6,Site,missing site"),
            l -> assertThat(l).startsWith("7,MAC Address,").contains("invalid MAC address"),
            l -> assertThat(l).startsWith("8,IP Address,").contains("invalid IP address"),
            l -> assertThat(l).startsWith("9,S/N,").contains("duplicate").contains("3"));
  }

  @Test
  void textSummaryAccountsForEveryRow() throws IOException {
    Cli.Result result =
        cli.run("import", "register", csv("r.csv", REGISTER).toString(), "--department", "HO");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("(new department)")
        .contains("rows read 6 = accepted 2 + rejected 4")
        .contains("devices created 2, updated 0, unchanged 0; sites created 1")
        .contains("line 6, Site: missing site");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void windows1252SemicolonRegisterWithBomlessHeader() throws IOException {
    Path file = dir.resolve("legacy.csv");
    String text =
        "Building;Area;Manufacturer;Model;Serial Number\r\nCaf\u00e9 Royal;Entr\u00e9e;Dahua;DH-IPC-HFW2431S;X1\r\n";
    Files.write(file, text.getBytes(Charset.forName("windows-1252")));

    JsonNode summary = importJson(file, "DCMS");
    assertThat(summary.get("created").asLong()).isEqualTo(1);

    Cli.Result export = cli.run("export", "devices", "--format", "jsonl");
    assertThat(export.out()).contains("\"site\":\"Caf\u00e9 Royal\"").contains("Entr\u00e9e");
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws IOException, SQLException {
    Path file = csv("register.csv", REGISTER);
    importJson(file, "Home Office");
    String exportBefore = cli.run("export", "devices", "--format", "csv").out();

    JsonNode again = importJson(file, "Home Office");

    assertThat(again.get("created").asLong()).isZero();
    assertThat(again.get("updated").asLong()).isZero();
    assertThat(again.get("unchanged").asLong()).isEqualTo(2);
    assertThat(again.get("rejected").asLong()).isEqualTo(4);
    assertThat(cli.run("export", "devices", "--format", "csv").out()).isEqualTo(exportBefore);
    assertThat(count("SELECT COUNT(*) FROM device_history")).isZero();
  }

  @Test
  void aChangedRowUpdatesAndKeepsHistoryAndAVanishedRowIsReported()
      throws IOException, SQLException {
    importJson(csv("register.csv", REGISTER), "Home Office");
    String changed =
        """
        Site,Location,Make,Model No,S/N
        2 MARSHAM ST ,Lobby,Hikvision,DS-2CD2347G2-LU,HK001
        """;

    Cli.Result result =
        cli.run(
            "import", "register", csv("v2.csv", changed).toString(), "--department", "home office");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("devices created 0, updated 1, unchanged 0; sites created 0")
        .contains("1 devices from earlier imports are not in this register (kept, not deleted)");
    assertThat(count("SELECT COUNT(*) FROM device")).isEqualTo(2);
    try (Connection c = db.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT model, ip FROM device_history")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("model")).isEqualTo("DS-2CD2143G0-I");
      assertThat(rs.getString("ip")).isEqualTo("10.1.0.11");
      assertThat(rs.next()).isFalse();
    }
    String export = cli.run("export", "devices", "--format", "csv").out();
    assertThat(export).contains("DS-2CD2347G2-LU").doesNotContain("DS-2CD2143G0-I");
  }

  @Test
  void xlsxRegisterFromANamedSheetReportsSheetRows() throws IOException {
    Path file = dir.resolve("register.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
      XSSFSheet sheet = workbook.createSheet("CCTV");
      sheet.createRow(0).createCell(0).setCellValue("Camera register");
      String[] header = {"Building", "Manufacturer", "Model", "Serial No", "MAC"};
      var headerRow = sheet.createRow(2);
      for (int i = 0; i < header.length; i++) {
        headerRow.createCell(i).setCellValue(header[i]);
      }
      var good = sheet.createRow(3);
      good.createCell(0).setCellValue("Horse Guards");
      good.createCell(1).setCellValue("Hikvision");
      good.createCell(2).setCellValue("DS-2CD2T47G2-L");
      good.createCell(3).setCellValue(20231234);
      var bad = sheet.createRow(6);
      bad.createCell(0).setCellValue("Horse Guards");
      bad.createCell(1).setCellValue("Uniview");
      bad.createCell(4).setCellValue("not-a-mac");
      workbook.write(out);
    }
    Path rejects = dir.resolve("rejects.csv");

    JsonNode summary = importJson(file, "MoD", "--sheet", "CCTV", "--rejects", rejects.toString());

    assertThat(summary.get("read").asLong()).isEqualTo(2);
    assertThat(summary.get("created").asLong()).isEqualTo(1);
    assertThat(Files.readAllLines(rejects))
        .containsExactly("line,column,reason", "7,MAC,invalid MAC address 'not-a-mac'");
    assertThat(cli.run("export", "devices", "--format", "csv").out())
        .contains("Horse Guards")
        .contains(",20231234,");
  }

  @Test
  void aFileThatIsNotARegisterIsRefusedWithExitCode2() throws IOException {
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    Path noHeader = csv("prose.csv", "just some words\nand more words\n");

    Cli.Result old = cli.run("import", "register", xls.toString(), "--department", "X");
    Cli.Result prose = cli.run("import", "register", noHeader.toString(), "--department", "X");
    Cli.Result none =
        cli.run("import", "register", dir.resolve("nope.csv").toString(), "--department", "X");
    Cli.Result noDepartment = cli.run("import", "register", noHeader.toString());

    assertThat(old.exitCode()).isEqualTo(2);
    assertThat(old.err()).startsWith("clearsite: ").contains("old binary Excel file");
    assertThat(prose.exitCode()).isEqualTo(2);
    assertThat(prose.err()).contains("no column for the site");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no such file");
    assertThat(noDepartment.exitCode()).isEqualTo(2);
    assertThat(noDepartment.err()).contains("--department");
    assertThat(cli.run("export", "devices", "--format", "csv").out().lines()).hasSize(1);
  }

  @Test
  void aMappingFileNamesHeadersTheSynonymsMiss() throws IOException {
    Path mapping = dir.resolve("mapping.properties");
    Files.writeString(mapping, "site = Premises Ref\nserial = Unit ID\nmodel = Kit\n");
    Path file = csv("odd.csv", "Premises Ref,Kit,Unit ID\nQueen Anne's Gate,DS-2CD2143G0-I,Q1\n");

    JsonNode summary = importJson(file, "DfE", "--mapping", mapping.toString());

    assertThat(summary.get("created").asLong()).isEqualTo(1);
    assertThat(cli.run("export", "devices", "--format", "jsonl").out())
        .contains("\"serial\":\"Q1\"")
        .contains("\"site\":\"Queen Anne's Gate\"");
  }

  @Test
  void aSensitivityPolicyFileRaisesTheTierAReasonRequires() throws IOException {
    Path policy = dir.resolve("policy.properties");
    Files.writeString(policy, "MINISTERIAL_USE = HIGHLY_SENSITIVE\n");
    Path file = csv("r.csv", "Site,Sensitivity reasons,Serial\nDowning St,ministers,N10\n");

    Cli.Result result =
        cli.with("CLEARSITE_SENSITIVITY_POLICY", policy.toString())
            .run("import", "register", file.toString(), "--department", "No10");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(cli.run("export", "devices", "--format", "jsonl").out())
        .contains("\"site_sensitivity\":\"highly_sensitive\"");
  }

  @Test
  void aBadOrMissingPolicyFileIsRefusedBeforeAnythingIsStored() throws IOException {
    Path policy = dir.resolve("policy.properties");
    Files.writeString(policy, "MINISTERS = TOP\n");
    Path file = csv("r.csv", "Site,Serial\nDowning St,N10\n");

    Cli.Result bad =
        cli.with("CLEARSITE_SENSITIVITY_POLICY", policy.toString())
            .run("import", "register", file.toString(), "--department", "No10");
    Cli.Result missing =
        cli.with("CLEARSITE_SENSITIVITY_POLICY", dir.resolve("none").toString())
            .run("import", "register", file.toString(), "--department", "No10");

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown sensitivity reason 'MINISTERS'");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("which is not a file");
    assertThat(cli.run("export", "devices", "--format", "csv").out().lines()).hasSize(1);
  }
}
