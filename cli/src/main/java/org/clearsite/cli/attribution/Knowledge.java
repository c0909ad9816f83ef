package org.clearsite.cli.attribution;

import java.nio.file.Path;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.knowledge.IeeeRegistry;
import org.clearsite.attribution.knowledge.KnowledgeBase;
import org.clearsite.attribution.knowledge.KnowledgeException;
import org.clearsite.attribution.knowledge.KnowledgeLoader;
import org.clearsite.attribution.knowledge.Regime;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;

/**
 * The knowledge base the CLI uses: the bundled one, or the directory {@code CLEARSITE_KNOWLEDGE}
 * names (for reviewing a change before it is released), plus the IEEE registry when installed.
 */
public final class Knowledge {

  private Knowledge() {}

  public static AttributionEngine engine(Context context) {
    String directory = context.knowledgeDirectory();
    try {
      KnowledgeBase base =
          directory == null
              ? KnowledgeLoader.bundled()
              : KnowledgeLoader.fromDirectory(Path.of(directory));
      return new AttributionEngine(base, IeeeRegistry::installed);
    } catch (KnowledgeException e) {
      throw new UserError("the knowledge base is not valid: " + e.getMessage());
    }
  }

  /** The regime a {@code --regime} option names, or a usage error listing the known ones. */
  static Regime regime(AttributionEngine engine, String id) {
    Regime regime = engine.knowledge().regimes().get(id);
    if (regime == null) {
      throw new UserError(
          "no regime '" + id + "'; known: " + engine.knowledge().regimes().keySet());
    }
    return regime;
  }
}
