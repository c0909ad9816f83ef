package org.clearsite.cli.attribution;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.Finding;
import org.clearsite.attribution.knowledge.Regime;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code clearsite check --brand B --model M}: may this product be bought? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Procurement check of one product: allowed, blocked or review, with the reason.",
      "Uses the same engine and knowledge base as identify."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--brand", required = true, paramLabel = "B", description = "Brand as quoted.")
  String brand;

  @Option(names = "--model", paramLabel = "M", description = "Model as quoted.")
  String model;

  @Option(
      names = "--site-tier",
      paramLabel = "T",
      description = "standard, sensitive or highly_sensitive: where it would be installed.")
  String siteTier;

  @Option(
      names = "--regime",
      defaultValue = IdentifyCommand.DEFAULT_REGIME,
      paramLabel = "ID",
      description = "Default: ${DEFAULT-VALUE}.")
  String regime;

  @Option(names = "--json", description = "Print one JSON object: decision, reason, maker...")
  boolean json;

  /** The answer to a procurement officer. */
  record Decision(String decision, String reason) {}

  @Override
  public Integer call() {
    AttributionEngine engine = Knowledge.engine(Context.fromEnvironment());
    Regime chosen = Knowledge.regime(engine, regime);
    if (siteTier != null
        && !java.util.Set.of("standard", "sensitive", "highly_sensitive").contains(siteTier)) {
      throw new UserError(
          "--site-tier is '" + siteTier + "'; expected standard, sensitive or highly_sensitive");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("make", brand);
    if (model != null) {
      fields.put("model", model);
    }
    Attribution a = engine.attribute(fields);
    Decision decision = decide(a, a.equipment().get(regime), chosen);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("decision", decision.decision());
      result.put("reason", decision.reason());
      result.put("maker", a.maker());
      result.put("brand", a.brand());
      result.put("model", a.model());
      result.put("confidence", a.confidence());
      result.put("regime", regime);
      out.println(JsonMapper.builder().build().writeValueAsString(result));
    } else {
      out.println(decision.decision() + ": " + decision.reason());
    }
    out.flush();
    return 0;
  }

  Decision decide(Attribution a, Finding finding, Regime chosen) {
    String product = brand + (model == null ? "" : " " + model);
    if (a.maker() == null) {
      return new Decision(
          "review",
          "who makes "
              + product
              + " is not known well enough to decide; ask the supplier"
              + " for the manufacturer and check again");
    }
    String madeBy =
        product
            + " is made by "
            + a.maker()
            + (a.brand() != null && !a.brand().equals(a.maker())
                ? " (sold as " + a.brand() + ")"
                : "")
            + String.format(java.util.Locale.ROOT, ", confidence %.2f", a.confidence());
    if (finding.covered() == null) {
      return new Decision(
          "review",
          madeBy + "; " + chosen.name() + ": " + finding.verdict() + " (" + finding.rule() + ")");
    }
    if (!finding.covered()) {
      return new Decision(
          "allowed", madeBy + "; not covered by " + chosen.name() + " (" + finding.rule() + ")");
    }
    if (siteTier != null
        && !chosen.siteTiers().isEmpty()
        && !chosen.siteTiers().contains(siteTier)) {
      return new Decision(
          "review",
          madeBy
              + "; covered by "
              + chosen.name()
              + ", which applies to "
              + String.join(" and ", chosen.siteTiers())
              + " sites, not "
              + siteTier
              + " ones: check departmental policy");
    }
    return new Decision(
        "blocked", madeBy + "; covered by " + chosen.name() + " (" + finding.rule() + ")");
  }
}
