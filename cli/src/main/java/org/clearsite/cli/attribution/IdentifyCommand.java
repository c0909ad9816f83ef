package org.clearsite.cli.attribution;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code clearsite identify [FILE|-]}: one JSON line in, one attribution out, in order. */
@Command(
    name = "identify",
    mixinStandardHelpOptions = true,
    description = {
      "Attribute devices described as JSON Lines (one object per line) to their real maker.",
      "Writes one JSON line per input line, in order; a bad line gets an error object."
    })
public final class IdentifyCommand implements Callable<Integer> {

  static final String DEFAULT_REGIME = AttributionEngine.DEFAULT_REGIME;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "JSON Lines to read; - or nothing for standard input.")
  String file;

  @Option(
      names = "--regime",
      defaultValue = DEFAULT_REGIME,
      paramLabel = "ID",
      description = "The regime whose verdict is 'covered' (default: ${DEFAULT-VALUE}).")
  String regime;

  /** For the benchmark: parse every line and attribute nothing, to measure reading alone. */
  @Option(names = "--parse-only", hidden = true)
  boolean parseOnly;

  @Override
  public Integer call() throws IOException {
    AttributionEngine engine = Knowledge.engine(Context.fromEnvironment());
    Knowledge.regime(engine, regime);
    InputStream in =
        file == null || file.equals("-")
            ? System.in
            : Files.newInputStream(readable(Path.of(file)));
    // Workers render UTF-8 bytes: the ordered writer must do no more than copy them out.
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    JsonLines lines = new JsonLines(in);
    // Batches are attributed on every core and written strictly in input order.
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
    Deque<Future<JsonBytes>> pending = new ArrayDeque<>();
    try {
      List<JsonLines.Line> batch = new ArrayList<>(BATCH);
      JsonLines.Line line;
      while ((line = lines.next()) != null) {
        batch.add(line);
        if (batch.size() == BATCH) {
          List<JsonLines.Line> full = batch;
          pending.add(pool.submit(() -> render(engine, full)));
          batch = new ArrayList<>(BATCH);
          while (pending.size() > 2 * threads) {
            write(result(pending.poll()), out);
          }
        }
      }
      List<JsonLines.Line> last = batch;
      pending.add(pool.submit(() -> render(engine, last)));
      while (!pending.isEmpty()) {
        write(result(pending.poll()), out);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return 0;
  }

  private static final int BATCH = 512;

  private JsonBytes render(AttributionEngine engine, List<JsonLines.Line> batch) {
    JsonBytes text = new JsonBytes(parseOnly ? 0 : batch.size() * 1024);
    if (parseOnly) {
      for (JsonLines.Line line : batch) {
        read(line); // just what identify reads before it attributes
      }
      return text;
    }
    for (JsonLines.Line line : batch) {
      answer(engine, line, text);
      text.raw('\n');
    }
    return text; // written out as it is, not copied
  }

  private static void write(JsonBytes text, OutputStream out) throws IOException {
    out.write(text.array(), 0, text.size());
  }

  private static JsonBytes result(Future<JsonBytes> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    }
  }

  private static Path readable(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UserError("no such file: " + path);
    }
    return path;
  }

  private void answer(AttributionEngine engine, JsonLines.Line line, JsonBytes out) {
    Input input = read(line);
    if (input.error() != null) {
      AttributionJson.error(out, line.number(), null, input.error());
      return;
    }
    AttributionJson.write(out, input.id(), engine.attribute(input.fields()), regime);
  }

  /** A line as the engine takes it, or why it cannot be read. */
  private record Input(Object id, Map<String, String> fields, String error) {

    static Input error(String error) {
      return new Input(null, null, error);
    }
  }

  private static Input read(JsonLines.Line line) {
    if (line.problem() != null) {
      return Input.error(line.problem());
    }
    if (line.text().isBlank()) {
      return Input.error("empty line");
    }
    Map<String, String> flat = FlatJson.fields(line.text());
    if (flat != null) {
      return new Input(flat.get("id"), flat, null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JacksonException e) {
      return Input.error("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return Input.error("expected a JSON object");
    }
    return new Input(id(node.get("id")), JsonFields.of(node, Set.of()), null);
  }

  private static Object id(JsonNode id) {
    if (id == null || id.isNull()) {
      return null;
    }
    return id.isNumber() ? id.numberValue() : id.isString() ? id.asString() : id.toString();
  }
}
