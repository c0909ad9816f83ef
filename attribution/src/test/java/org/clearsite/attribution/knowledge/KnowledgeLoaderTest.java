package org.clearsite.attribution.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clearsite.attribution.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken knowledge base is refused with the file, the line and what is wrong. */
class KnowledgeLoaderTest {

  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws IOException {
    try (Stream<Path> files = Files.list(Fixture.directory())) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private void replace(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void theFixtureLoadsWithItsVersionAndEveryPart() {
    KnowledgeBase kb = KnowledgeLoader.fromDirectory(dir);

    assertThat(kb.version()).isEqualTo(7);
    assertThat(kb.organisations()).containsKeys("hikvision", "axis");
    assertThat(kb.regimes().get("uk-sensitive-sites").countryDefaults())
        .containsEntry("CN", Verdict.UNDER_REVIEW);
    assertThat(kb.fingerprints()).hasSize(5);
    assertThat(kb.macPrefixes()).containsKey("4419B6");
    assertThat(kb.brands().get(0).provenance().where()).isEqualTo("brands.yaml:2");
  }

  @Test
  void anUnknownSourceNamesFileAndLine() throws IOException {
    replace("brands.yaml", "sources: [S2]", "sources: [S9]");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .isInstanceOf(KnowledgeException.class)
        .hasMessage("brands.yaml:7: unknown source 'S9' (not in sources.yaml)");
  }

  @Test
  void aPatternThatCanBacktrackForeverIsRefused() throws IOException {
    replace("fingerprints.yaml", "pattern: '^App-webs/'", "pattern: '^(App-?)+webs/'");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessageStartingWith("fingerprints.yaml:4: pattern '^(App-?)+webs/' nests quantifiers");
  }

  @Test
  void anInvalidPatternIsRefused() throws IOException {
    replace("fingerprints.yaml", "pattern: '^App-webs/'", "pattern: '^App-webs/('");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessageStartingWith("fingerprints.yaml:4: pattern '^App-webs/(' is not a valid");
  }

  @Test
  void aMisspeltKeyIsRefusedRatherThanIgnored() throws IOException {
    replace("organisations.yaml", "    country: SE", "    contry: SE");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessageStartingWith("organisations.yaml:29: unknown key 'contry'");
  }

  @Test
  void anEquipmentClassOutsideTheVocabularyIsRefused() throws IOException {
    replace("organisations.yaml", "makes: [camera, intercom", "makes: [camera, fax");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessageStartingWith("organisations.yaml:7: unknown equipment 'fax'");
  }

  @Test
  void anUnknownOrganisationIsRefused() throws IOException {
    replace("brands.yaml", "maker: hikvision", "maker: hickvision");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessage("brands.yaml:4: unknown organisation 'hickvision' (not in organisations.yaml)");
  }

  @Test
  void aFingerprintWithoutACounterExampleIsRefused() throws IOException {
    replace("fingerprints.yaml", "    counter_examples: ['Apache/2.4.57 (Debian)']\n", "");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessage(
            "fingerprints.yaml:2: a fingerprint needs at least one example and one counter-example");
  }

  @Test
  void brokenYamlNamesTheLine() throws IOException {
    replace("regimes.yaml", "    jurisdiction: GB", "    jurisdiction: [GB");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessageStartingWith("regimes.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aDuplicateKeyIsRefused() throws IOException {
    replace(
        "sources.yaml",
        "    title: Test source two",
        "    title: Test source two\n    title: again");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .hasMessage("sources.yaml:6: key 'title' appears twice");
  }

  @Test
  void aYamlBombIsRefused() throws IOException {
    Files.writeString(
        dir.resolve("sources.yaml"),
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "sources: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");

    assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageStartingWith("sources.yaml:");
  }
}
