package org.clearsite.cli.register;

import java.nio.file.Path;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.Rejection;
import tools.jackson.databind.json.JsonMapper;

/** How an import's outcome is printed: for people, or as the JSON contract scripts rely on. */
final class ImportReport {

  private static final int SHOWN = 20;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImportReport() {}

  /** Exactly the integer keys documented in the README, in this order. */
  static String json(ImportSummary s) {
    return JSON.writeValueAsString(s.counts());
  }

  static String text(ImportSummary s, Path rejects) {
    StringBuilder out = new StringBuilder();
    out.append("Imported ").append(s.source()).append(" into ").append(s.department());
    out.append(s.departmentCreated() ? " (new department)\n" : "\n");
    out.append(
        String.format(
            "  rows read %d = accepted %d + rejected %d%n", s.read(), s.accepted(), s.rejected()));
    out.append(
        String.format(
            "  devices created %d, updated %d, unchanged %d; sites created %d%n",
            s.created(), s.updated(), s.unchanged(), s.sitesCreated()));
    if (!s.rejections().isEmpty()) {
      out.append("  rejected rows");
      out.append(
          rejects == null
              ? " (--rejects FILE writes them all):\n"
              : " (all in " + rejects + "):\n");
      for (Rejection r : s.rejections().subList(0, Math.min(SHOWN, s.rejections().size()))) {
        out.append("    line ").append(r.line());
        if (!r.column().isEmpty()) {
          out.append(", ").append(r.column());
        }
        out.append(": ").append(r.reason().replaceAll("[\\r\\n]+", " ")).append('\n');
      }
      if (s.rejections().size() > SHOWN) {
        out.append("    ... and ").append(s.rejections().size() - SHOWN).append(" more\n");
      }
    }
    if (!s.missing().isEmpty()) {
      out.append("  ")
          .append(s.missing().size())
          .append(" devices from earlier imports are not in this register (kept, not deleted):\n");
      s.missing().stream().limit(SHOWN).forEach(id -> out.append("    ").append(id).append('\n'));
      if (s.missing().size() > SHOWN) {
        out.append("    ... and ").append(s.missing().size() - SHOWN).append(" more\n");
      }
    }
    return out.toString();
  }
}
