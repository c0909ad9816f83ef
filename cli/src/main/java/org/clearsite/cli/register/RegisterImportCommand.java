package org.clearsite.cli.register;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.audit.AuditChange;
import org.clearsite.cli.Context;
import org.clearsite.cli.attribution.Knowledge;
import org.clearsite.discovery.register.CsvRegisterWriter;
import org.clearsite.discovery.register.RegisterFiles;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterSource;
import org.clearsite.web.attribution.EstateAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearsite import register FILE --department NAME}. */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    description = {
      "Import a department's estate register (CSV or XLSX).",
      "Every row is accepted or rejected with a reason; nothing is kept if the import fails."
    })
public final class RegisterImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The register: .csv or .xlsx.")
  Path file;

  @Option(
      names = "--department",
      required = true,
      paramLabel = "NAME",
      description = "The department the register belongs to; created if new.")
  String department;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "Properties naming headers the built-in synonyms miss, e.g. serial = Unit S/N.")
  Path mapping;

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet (default: the first).")
  String sheet;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write rejected rows as CSV with the header line,column,reason.")
  Path rejects;

  @Option(
      names = "--json",
      description =
          "Print one JSON object: read, accepted, rejected, created, updated, unchanged, missing.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Context context = Context.fromEnvironment();
    Properties columns =
        mapping == null ? new Properties() : Context.properties(mapping, "mapping file");
    Database database = context.openDatabase();
    AttributionEngine engine = Knowledge.engine(context);
    RegisterImport registerImport =
        new RegisterImport(
            new JdbcRegisterStore(database, context.clock()),
            context.sensitivityPolicy(),
            context.clock());
    ImportSummary summary;
    try (RegisterSource source = RegisterFiles.open(file, sheet);
        ImportProgressDisplay progress =
            new ImportProgressDisplay(spec.commandLine().getErr(), context.interactive())) {
      summary = registerImport.run(source, department, columns, progress);
    }
    new JdbcAuditLog(database)
        .append(
            new AuditChange(
                context.actor(),
                "register.import",
                "department:" + summary.department(),
                null,
                null,
                ImportReport.json(summary),
                "imported " + file.getFileName()));
    // After the import's own transaction: a failure here leaves devices to attribute next time.
    long attributed = EstateAttribution.attributeStale(database, engine);
    if (rejects != null) {
      CsvRegisterWriter.writeRejections(rejects, summary.rejections());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ImportReport.json(summary));
    } else {
      out.print(ImportReport.text(summary, rejects));
      out.printf("  devices attributed %d%n", attributed);
    }
    out.flush();
    return 0;
  }
}
