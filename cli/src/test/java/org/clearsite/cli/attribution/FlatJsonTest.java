package org.clearsite.cli.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plain-record reader must read exactly what the general parser reads, or step aside. */
class FlatJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void readsPlainRecords() {
    assertThat(FlatJson.fields("{\"id\":\"d1\",\"make\":\"Hik Vision\"}"))
        .containsExactly(Map.entry("id", "d1"), Map.entry("make", "Hik Vision"));
    assertThat(FlatJson.fields(" { \"m\" : \"a\\\"b\\\\c\\/\\n\\u00e9\" } "))
        .containsExactly(Map.entry("m", "a\"b\\c/\n\u00e9"));
    assertThat(FlatJson.fields("{}")).isEmpty();
  }

  @Test
  void leavesEverythingElseToTheGeneralParser() {
    for (String line :
        new String[] {
          "{\"id\":1}",
          "{\"a\":null}",
          "{\"a\":[\"x\"]}",
          "{\"a\":\"x\",\"a\":\"y\"}",
          "{\"a\":\"x\",}",
          "{\"a\":\"x\"} {}",
          "{\"a\":\"\\ud83d\\ude00\"}",
          "{\"a\":\"\\x41\"}",
          "{\"a\":\"\\u00\"}",
          "{\"a\":\"tab\there\"}",
          "\uFEFF{\"a\":\"x\"}",
          "{\"a\":\"" + "x".repeat(FlatJson.MAX_LENGTH) + "\"}",
          "[\"a\"]",
          "{\"a\":\"x\"",
        }) {
      assertThat(FlatJson.fields(line)).as(line).isNull();
    }
  }

  @Test
  void agreesWithTheTreeOnRandomLines() {
    Random random = new Random(3);
    String[] pieces = {
      "{",
      "}",
      "\"",
      "\"id\"",
      "\"make\"",
      ":",
      ",",
      " ",
      "\t",
      "\n",
      "\\",
      "\\\"",
      "\\u0041",
      "\\u12",
      "\\n",
      "\\q",
      "x",
      "Hik",
      "\u00e9",
      "\u0001",
      "1",
      "null",
      "[",
      "]",
      "\uD83D\uDE00"
    };
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 50_000; n++) {
      StringBuilder line = new StringBuilder(n % 3 == 0 ? "{\"id\":\"" : "");
      for (int i = random.nextInt(14); i >= 0; i--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      lines.add(line.append(n % 2 == 0 ? "\"}" : "").toString());
    }
    int read = 0;
    for (String line : lines) {
      Map<String, String> flat = FlatJson.fields(line);
      if (flat != null) {
        read++;
        assertThat(flat).as(line).containsExactlyEntriesOf(treeFields(line));
      }
    }
    assertThat(read).isGreaterThan(100);
  }

  private static Map<String, String> treeFields(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      assertThat(node.isObject()).as(line).isTrue();
      return JsonFields.of(node, Set.of());
    } catch (JacksonException e) {
      throw new AssertionError("the general parser rejects what the plain reader took: " + line, e);
    }
  }
}
