package org.clearsite.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import org.clearsite.cli.attribution.Knowledge;
import org.clearsite.cli.web.ServeCommand;
import org.clearsite.demo.DemoEstate;
import org.clearsite.demo.DemoRegister;
import org.clearsite.discovery.register.CsvRegisterWriter;
import org.clearsite.discovery.register.RegisterFiles;
import org.clearsite.estate.EstateSummary;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.DatabaseConfig;
import org.clearsite.persistence.DatabaseLabel;
import org.clearsite.persistence.estate.JdbcEstate;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterSource;
import org.clearsite.web.attribution.EstateAttribution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearsite demo}: writes the demo registers as CSV files, imports them through the same
 * path as real registers, and prints what the estate now holds.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load a realistic made-up estate, then start the web application to explore it.",
      "Five departments, 200 sites and about 5,000 devices go into the configured database (by",
      "default the embedded one under $CLEARSITE_HOME); an earlier demo is replaced, real data",
      "never. Prints the address and demo sign-ins; --no-serve only loads."
    })
public final class DemoCommand implements Callable<Integer> {

  static final String LABEL = "demo";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--seed", defaultValue = "2022", description = "Default: 2022.")
  long seed;

  @Option(names = "--no-serve", description = "Load the demo estate and stop.")
  boolean noServe;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port for the web application (default 8080, or CLEARSITE_PORT).")
  Integer port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Context context = Context.fromEnvironment();
    PrintWriter out = spec.commandLine().getOut();
    Database database = freshDatabase(context);
    Path registers = Files.createDirectories(context.home().resolve("demo-registers"));
    RegisterImport registerImport =
        new RegisterImport(
            new JdbcRegisterStore(database, context.clock()),
            context.sensitivityPolicy(),
            context.clock());
    out.println("Loading the demo estate into " + database.config().describe());
    List<DemoRegister> demo = DemoEstate.generate(seed);
    for (DemoRegister register : demo) {
      Path file = registers.resolve(register.fileName());
      CsvRegisterWriter.write(file, register.headers(), register.rows());
      ImportSummary summary;
      try (RegisterSource source = RegisterFiles.open(file, null)) {
        summary =
            registerImport.run(
                source, register.department(), new Properties(), ImportProgress.SILENT);
      }
      Path rejects = registers.resolve(register.fileName().replace(".csv", ".rejects.csv"));
      CsvRegisterWriter.writeRejections(rejects, summary.rejections());
      out.printf(
          "  %-32s %5d rows: %5d accepted, %3d rejected (see %s)%n",
          register.department(),
          summary.read(),
          summary.accepted(),
          summary.rejected(),
          context.home().relativize(rejects));
    }
    long attributed = EstateAttribution.attributeStale(database, Knowledge.engine(context));
    out.printf("  attributed %d devices to their real makers%n", attributed);
    DatabaseLabel.write(database, LABEL);
    print(out, new JdbcEstate(database).summary(), registers);
    List<DemoAccounts.SignIn> signIns =
        DemoAccounts.create(database, context.actor(), demo.get(0).department());
    if (noServe) {
      out.println("Demo accounts (sign in once the web application runs: ./clearsite serve):");
      DemoAccounts.print(out, signIns);
      out.flush();
      return 0;
    }
    ConfigurableApplicationContext app = ServeCommand.start(context, port, null);
    out.println();
    out.println("The web application is running at " + ServeCommand.url(app));
    out.println("Sign in as (passwords are new each time the demo loads):");
    DemoAccounts.print(out, signIns);
    out.println("Press Ctrl-C to stop.");
    out.flush();
    ServeCommand.await(app);
    return 0;
  }

  /** The demo only ever replaces a database that holds the demo: real registers are never lost. */
  private static Database freshDatabase(Context context) throws IOException {
    DatabaseConfig config = context.databaseConfig();
    Database database = Database.open(config);
    JdbcEstate estate = new JdbcEstate(database);
    if (estate.isEmpty()) {
      return database;
    }
    boolean demo = DatabaseLabel.read(database).filter(LABEL::equals).isPresent();
    if (demo && config.isEmbedded()) {
      try (var files = Files.list(context.home())) {
        for (Path file :
            files.filter(f -> f.getFileName().toString().startsWith("clearsite.")).toList()) {
          Files.delete(file);
        }
      }
      return Database.open(config);
    }
    throw new UserError(
        config.describe()
            + (demo ? " already holds the demo" : " holds imported registers")
            + ": set CLEARSITE_HOME to an empty directory to load the demo");
  }

  private static void print(PrintWriter out, EstateSummary s, Path registers) {
    out.println();
    out.printf(
        "Demo estate: %d departments, %d sites, %d devices%n",
        s.departments(), s.sites(), s.devices());
    out.println("Sites by sensitivity:");
    s.sitesByTier().forEach((tier, n) -> out.printf("  %-18s %6d%n", label(tier), n));
    out.println("Devices by category:");
    s.devicesByCategory().forEach((category, n) -> out.printf("  %-18s %6d%n", label(category), n));
    out.println("Most common makes, as recorded (attribution will untangle these):");
    for (Map.Entry<String, Long> make : s.topRecordedMakes().entrySet()) {
      out.printf("  %-30s %6d%n", make.getKey(), make.getValue());
    }
    out.println();
    out.println("Registers written to " + registers + "; also try:");
    out.println("  ./clearsite export devices --format csv | head");
    out.println();
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
