package org.clearsite.web.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Properties;
import org.clearsite.account.Role;
import org.clearsite.attribution.AttributionEngine;
import org.clearsite.audit.AuditChange;
import org.clearsite.discovery.register.RegisterFiles;
import org.clearsite.identity.Names;
import org.clearsite.persistence.Database;
import org.clearsite.persistence.JsonText;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.RegisterFormatException;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterSource;
import org.clearsite.site.SensitivityPolicy;
import org.clearsite.web.WebSettings;
import org.clearsite.web.attribution.EstateAttribution;
import org.clearsite.web.security.SignedIn;
import org.springframework.stereotype.Component;

/**
 * A register uploaded in the browser or through the API goes through exactly the import the CLI
 * runs; then new devices are attributed and the import is written to the audit log.
 */
@Component
public class RegisterUploads {

  /** Why an upload cannot be imported at all, in words for the person who sent it. */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final Database database;
  private final AttributionEngine engine;
  private final JdbcAuditLog audit;
  private final SensitivityPolicy policy;

  RegisterUploads(
      Database database, AttributionEngine engine, JdbcAuditLog audit, WebSettings settings) {
    this.database = database;
    this.engine = engine;
    this.audit = audit;
    this.policy = settings.sensitivityPolicy();
  }

  /**
   * @param department a department the uploader belongs to; only the central administrator may name
   *     any department, or a new one
   * @throws Refused when the file cannot be read as a register or the department is not theirs
   */
  public ImportSummary upload(
      SignedIn uploader, String fileName, InputStream content, String department, String sheet)
      throws IOException {
    String wanted = department == null ? "" : department.strip();
    if (wanted.isEmpty()) {
      throw new Refused("Choose the department the register belongs to");
    }
    boolean central = uploader.account().roles().contains(Role.ADMIN);
    if (!central
        && uploader.account().departments().stream()
            .noneMatch(d -> Names.key(d).equals(Names.key(wanted)))) {
      throw new Refused("You can upload registers only for your own departments");
    }
    String name =
        fileName == null || fileName.isBlank()
            ? "register"
            : Path.of(fileName).getFileName().toString();
    Path file = Files.createTempFile("clearsite-upload-", suffix(name));
    try {
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      ImportSummary summary;
      try (RegisterSource source = RegisterFiles.open(file, blankToNull(sheet))) {
        summary =
            new RegisterImport(
                    new JdbcRegisterStore(database, Clock.systemUTC()), policy, Clock.systemUTC())
                .run(source, wanted, new Properties(), ImportProgress.SILENT);
      } catch (RegisterFormatException e) {
        // The reader names the file it was given: name the one the person uploaded instead.
        throw new Refused(
            e.getMessage()
                .replace(file.toString(), name)
                .replace(file.getFileName().toString(), name)
                .replace("--sheet", "A sheet name"));
      }
      EstateAttribution.attributeStale(database, engine);
      audit.append(
          new AuditChange(
              uploader.getUsername(),
              "register.import",
              "department:" + summary.department(),
              null,
              null,
              JsonText.numbers(summary.counts()),
              "uploaded " + name));
      // The reader names the temporary file; the person knows the file by the name they sent.
      return new ImportSummary(
          name,
          summary.department(),
          summary.departmentCreated(),
          summary.sitesCreated(),
          summary.read(),
          summary.accepted(),
          summary.created(),
          summary.updated(),
          summary.unchanged(),
          summary.rejections(),
          summary.missing());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Registers are judged by content, but the extension tells CSV from XLSX for the reader. */
  private static String suffix(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".csv";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
