package org.clearsite.cli.attribution;

import java.util.concurrent.Callable;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.cli.Context;
import org.clearsite.persistence.Database;
import org.clearsite.web.attribution.EstateAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code clearsite attribute}: bring every stored device up to the current knowledge base. */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    description = {
      "Attribute stored devices not yet attributed with the current knowledge base version.",
      "Imports do this for new devices; run it after changing the knowledge base."
    })
public final class AttributeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Context context = Context.fromEnvironment();
    AttributionEngine engine = Knowledge.engine(context);
    Database database = context.openDatabase();
    long done = EstateAttribution.attributeStale(database, engine);
    spec.commandLine()
        .getOut()
        .printf(
            "attributed %d devices with knowledge base version %d (%s)%n",
            done, engine.knowledge().version(), engine.knowledge().date());
    return 0;
  }
}
