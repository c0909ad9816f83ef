package org.clearsite.cli.device;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import org.clearsite.cli.attribution.Knowledge;
import org.clearsite.estate.Estate;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.estate.JdbcEstate;
import org.clearsite.web.attribution.EstateAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clearsite export devices [--department NAME] --format csv|jsonl}. */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = {
      "Write every stored device, one per CSV row or JSON line.",
      "Each has its external id (id), department, site, site sensitivity, location, every",
      "recorded field and its attribution."
    })
public final class ExportDevicesCommand implements Callable<Integer> {

  /** The export formats: both carry the same fields, see {@link DeviceExportFields}. */
  public enum Format {
    csv,
    jsonl
  }

  @Option(names = "--department", paramLabel = "NAME", description = "Only this department.")
  String department;

  @Option(names = "--format", required = true, description = "csv or jsonl.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Context context = Context.fromEnvironment();
    Database database = context.openDatabase();
    Estate estate = new JdbcEstate(database);
    if (department != null && !estate.departmentExists(department)) {
      throw new UserError("no department named '" + department + "'");
    }
    // An export never shows an attribution older than the knowledge base it runs with.
    EstateAttribution.attributeStale(database, Knowledge.engine(context));
    OutputStream stream = output == null ? System.out : Files.newOutputStream(output);
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    try (DeviceExportWriter writer = DeviceExportWriter.of(format, out)) {
      estate.devices(Optional.ofNullable(department), writer::write);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (output != null) {
        stream.close();
      }
    }
    return 0;
  }
}
