package org.clearsite.attribution;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.KnowledgeLoader;

/** A small knowledge base written for the tests, so they do not move when the real one grows. */
public final class Fixture {

  private Fixture() {}

  public static Path directory() {
    try {
      return Path.of(Fixture.class.getResource("/fixture-knowledge/knowledge.yaml").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KnowledgeBase knowledge() {
    return KnowledgeLoader.fromDirectory(directory());
  }
}
