package org.clearsite.cli.audit;

import java.util.concurrent.Callable;
import org.clearsite.cli.Context;
import org.clearsite.persistence.audit.JdbcAuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code clearsite audit verify}: exit 0 and "audit log intact: N entries", or exit 1 and "audit
 * log broken: ..." naming the first entry that does not check out.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check that no audit log entry was altered, removed or reordered since it was written.",
      "Exit code 0 when intact, 1 when broken."
    })
public final class AuditVerifyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    JdbcAuditLog.Verification v =
        new JdbcAuditLog(Context.fromEnvironment().openDatabase()).verify();
    if (v.intact()) {
      spec.commandLine().getOut().printf("audit log intact: %d entries%n", v.entries());
      return 0;
    }
    spec.commandLine()
        .getErr()
        .printf(
            "audit log broken: %s (%d entries check out before it)%n", v.problem(), v.entries());
    return 1;
  }
}
