package org.clearsite.cli.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Answers must stay byte for byte what Jackson's generator wrote before: other tools diff them. */
class JsonBytesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void escapesAsJacksonDoes() {
    for (String text :
        new String[] {
          "",
          "plain",
          "q\"b\\s/",
          "\b\f\t\n\r\u0000\u001f\u007f",
          "caf\u00e9 \u2028 \uffff",
          "\ud83d\ude00",
          "lone \ud800 and \udc00",
          "\udbff\udfff",
          "\ud800\ud800\udc00",
        }) {
      assertThat(ours(text)).as(text).isEqualTo(jackson(text));
    }
  }

  @Test
  void escapesRandomTextAsJacksonDoes() {
    Random random = new Random(29);
    // Weighted to the edges: ASCII controls and quotes, two- and three-byte forms, surrogates.
    char[] pool = {
      'a', 'Z', '"', '\\', '/', '\n', '\u0001', '\u007f', '\u00e9', '\u07ff', '\u0800', '\u20ac',
      '\ud83d', '\ude00', '\udbff', '\udfff', '\ufffd'
    };
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] =
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x10000)
                : pool[random.nextInt(pool.length)];
      }
      String value = new String(text);
      assertThat(ours(value)).as("%s", Arrays.toString(text)).isEqualTo(jackson(value));
    }
  }

  @Test
  void growsAndWritesNullsAndBooleans() {
    JsonBytes out = new JsonBytes(0);
    out.raw('[').string(null).raw(',').bool(true).raw(',').bool(false).raw(',');
    out.string("x".repeat(1000)).raw(']');

    assertThat(new String(out.array(), 0, out.size(), StandardCharsets.UTF_8))
        .isEqualTo("[null,true,false,\"" + "x".repeat(1000) + "\"]");
  }

  private static String ours(String text) {
    JsonBytes out = new JsonBytes(0);
    out.string(text);
    return new String(out.array(), 0, out.size(), StandardCharsets.ISO_8859_1);
  }

  private static String jackson(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeString(text);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
