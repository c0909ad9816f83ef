package org.clearsite.cli.attribution;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.attribution.evaluation.Evaluation;
import org.clearsite.attribution.evaluation.Labelled;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code clearsite eval FILE...}: how good the engine is on labelled records, split by split. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure attribution against labelled JSON Lines (label_maker, label_covered, split).",
      "Prints covered precision and recall, maker accuracy, abstention and calibration."
    })
public final class EvalCommand implements Callable<Integer> {

  /** Fields that carry the answer or bookkeeping: never shown to the engine. */
  private static final Set<String> NOT_EVIDENCE =
      Set.of(
          "label_maker",
          "label_brand",
          "label_covered",
          "label_covered_uk",
          "source",
          "split",
          "origin",
          "note");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Labelled records, e.g. evaluation/records.jsonl; several files are scored as one set.")
  List<Path> files;

  @Option(names = "--regime", defaultValue = IdentifyCommand.DEFAULT_REGIME, paramLabel = "ID")
  String regime;

  @Option(names = "--mistakes", description = "Also list every wrong answer.")
  boolean mistakes;

  @Override
  public Integer call() throws IOException {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file);
      }
    }
    AttributionEngine engine = Knowledge.engine(Context.fromEnvironment());
    Knowledge.regime(engine, regime);
    JsonMapper json = JsonMapper.builder().build();
    Map<String, Evaluation> splits = new LinkedHashMap<>();
    splits.put("tuning", new Evaluation());
    splits.put("held_out", new Evaluation());
    Evaluation all = new Evaluation();
    for (Path file : files) {
      score(file, engine, json, splits, all);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Knowledge base version %d (%s); regime %s%n",
        engine.knowledge().version(), engine.knowledge().date(), regime);
    splits.forEach((name, e) -> report(out, name, e));
    report(out, "all", all);
    out.flush();
    return 0;
  }

  private void score(
      Path file,
      AttributionEngine engine,
      JsonMapper json,
      Map<String, Evaluation> splits,
      Evaluation all)
      throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      JsonLines lines = new JsonLines(in);
      JsonLines.Line line;
      while ((line = lines.next()) != null) {
        // A labelled set with an unreadable record would give figures for a set it is not.
        if (line.problem() != null) {
          throw new UserError(file + " line " + line.number() + ": " + line.problem());
        }
        if (line.text().isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line.text());
        } catch (JacksonException e) {
          throw new UserError(file + " line " + line.number() + " is not valid JSON");
        }
        if (node == null || !node.isObject()) {
          throw new UserError(file + " line " + line.number() + " is not a JSON object");
        }
        Map<String, String> fields = JsonFields.of(node, NOT_EVIDENCE);
        Labelled label =
            new Labelled(
                text(node, "id"),
                text(node, "label_maker"),
                bool(
                    node.has("label_covered")
                        ? node.get("label_covered")
                        : node.get("label_covered_uk")),
                text(node, "split") == null ? "tuning" : text(node, "split"));
        Attribution a = engine.attribute(fields);
        Boolean covered = a.equipment().get(regime).covered();
        all.add(label, a, covered);
        splits.computeIfAbsent(label.split(), k -> new Evaluation()).add(label, a, covered);
      }
    }
  }

  private void report(PrintWriter out, String name, Evaluation e) {
    out.printf(Locale.ROOT, "%n%s: %d records%n", name, e.records());
    if (e.records() == 0) {
      return;
    }
    out.printf(Locale.ROOT, "  covered precision   %.3f%n", e.coveredPrecision());
    out.printf(Locale.ROOT, "  covered recall      %.3f%n", e.coveredRecall());
    out.printf(
        Locale.ROOT,
        "  maker accuracy      %.3f  (of answers where the maker is known)%n",
        e.makerAccuracy());
    out.printf(
        Locale.ROOT,
        "  maker answered      %.3f  (of records where the maker is known)%n",
        e.makerCoverage());
    out.printf(Locale.ROOT, "  abstention rate     %.3f%n", e.abstentionRate());
    out.printf(Locale.ROOT, "  unknowns kept unknown %.3f%n", e.unknownsRight());
    out.println("  calibration: confidence  answers  mean  right  gap  95% interval  fits");
    e.calibration().forEach(out::println);
    if (mistakes) {
      e.mistakes().forEach(m -> out.println("  mistake " + m));
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static Boolean bool(JsonNode value) {
    return value == null || value.isNull() ? null : value.asBoolean();
  }
}
