package org.clearsite.attribution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clearsite.attribution.knowledge.Fingerprint;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RequiredTextTest {

  private static RequiredText of(String regex) {
    return RequiredText.of(Pattern.compile(regex));
  }

  @Test
  void readsTheLiteralOpening() {
    assertThat(of("^App-webs/").text()).isEqualTo("App-webs/");
    assertThat(of("(?i)^DS-?2CD").text()).isEqualTo("ds");
    assertThat(of("(?i)\\bNVR([45][0-9]{3})").text()).isEqualTo("nvr");
    assertThat(of("\\b\\d{4}").text()).isEmpty();
    assertThat(of("(?i)^(AXIS )?[MPQ]\\d{4}").text()).isEmpty();
    assertThat(of("^DNVRS-Webs\\.x").text()).isEqualTo("DNVRS-Webs.x");
    assertThat(of("^ab+c").text()).isEqualTo("ab");
    assertThat(of("(?i)(?<![-/_])\\bIPC([2-9])").text()).isEqualTo("ipc");
    assertThat(of("(?<=a(b))cd").text()).isEqualTo("cd");
    assertThat(of("^Hik|^Dahua").text()).isEmpty();
    assertThat(of("a").text()).isEmpty();
    assertThat(of("(?i)\\b(VT[OH])-?([0-9]{4})").text()).isEqualTo("vt");
    assertThat(of("(?i)\\bi?DS-?(7[0-9]{3})").text()).isEqualTo("ds");
    assertThat(of("x*abc").text()).isEqualTo("abc");
    assertThat(of("x??abc").text()).isEmpty();
    assertThat(of("(?i)\\b(VT|AB)-").text()).isEmpty();
    assertThat(of("(VT)?X").text()).isEmpty();
    assertThat(of("(VT){0,2}X").text()).isEmpty();
    assertThat(of("(?:VT)X").text()).isEmpty();
    assertThat(of("([(]VT)X").text()).isEmpty();
  }

  /** The filter must never hide a match: every bundled example still passes it. */
  @TestFactory
  Stream<DynamicTest> neverHidesAnExampleOfTheBundledRules() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Fingerprint f : KnowledgeLoader.bundled().fingerprints()) {
      RequiredText required = RequiredText.of(f.pattern());
      for (String example : f.examples()) {
        tests.add(
            dynamicTest(
                f.id() + " lets '" + example + "' through",
                () ->
                    assertThat(required.mayMatch(example, example.toLowerCase(Locale.ROOT)))
                        .isTrue()));
      }
    }
    return tests.stream();
  }
}
