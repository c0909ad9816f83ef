package org.clearsite.cli.attribution;

import java.nio.file.Path;
import java.util.Map;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.knowledge.IeeeRegistry;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.KnowledgeException;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.clearsite.cli.UserError;

/**
 * The knowledge base the CLI uses: the bundled one, or the directory {@code CLEARSITE_KNOWLEDGE}
 * names (for reviewing a change before it is released), plus the IEEE registry when installed.
 */
final class Knowledge {

  private Knowledge() {}

  static AttributionEngine engine(Map<String, String> env) {
    String directory = env.get("CLEARSITE_KNOWLEDGE");
    try {
      KnowledgeBase base =
          directory == null || directory.isBlank()
              ? KnowledgeLoader.bundled()
              : KnowledgeLoader.fromDirectory(Path.of(directory));
      return new AttributionEngine(base.withRegistry(IeeeRegistry.installed()));
    } catch (KnowledgeException e) {
      throw new UserError("the knowledge base is not valid: " + e.getMessage());
    }
  }
}
