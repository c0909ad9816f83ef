package org.clearsite.device;

import static org.clearsite.device.LifecycleState.CONFIRMED;
import static org.clearsite.device.LifecycleState.EXEMPT;
import static org.clearsite.device.LifecycleState.IDENTIFIED;
import static org.clearsite.device.LifecycleState.REMOVED;
import static org.clearsite.device.LifecycleState.REPLACED;
import static org.clearsite.device.LifecycleState.SCHEDULED;
import static org.clearsite.device.LifecycleState.VERIFIED;

import java.util.List;
import java.util.Optional;

/**
 * Every move a device may make between {@link LifecycleState}s, each with a name. Anything not
 * listed here is refused: a device cannot be verified gone before it was removed, nor can an
 * exemption skip confirmation of who made it.
 */
public final class Lifecycle {

  /** A named, allowed move. */
  public record Transition(String name, LifecycleState from, LifecycleState to) {}

  private static final List<Transition> TRANSITIONS =
      List.of(
          new Transition("confirm", IDENTIFIED, CONFIRMED),
          new Transition("dismiss", IDENTIFIED, EXEMPT),
          new Transition("schedule", CONFIRMED, SCHEDULED),
          new Transition("exempt", CONFIRMED, EXEMPT),
          new Transition("reschedule", SCHEDULED, SCHEDULED),
          new Transition("unschedule", SCHEDULED, CONFIRMED),
          new Transition("remove", SCHEDULED, REMOVED),
          new Transition("replace", SCHEDULED, REPLACED),
          new Transition("record-replacement", REMOVED, REPLACED),
          new Transition("verify-removal", REMOVED, VERIFIED),
          new Transition("verify-replacement", REPLACED, VERIFIED),
          new Transition("revoke-exemption", EXEMPT, CONFIRMED),
          new Transition("reappear", VERIFIED, CONFIRMED));

  private Lifecycle() {}

  public static List<Transition> transitions() {
    return TRANSITIONS;
  }

  public static LifecycleState initial() {
    return IDENTIFIED;
  }

  public static Optional<Transition> find(LifecycleState from, String name) {
    return TRANSITIONS.stream().filter(t -> t.from() == from && t.name().equals(name)).findFirst();
  }

  /**
   * @throws IllegalStateException naming the state and the moves that are allowed from it
   */
  public static LifecycleState apply(LifecycleState from, String name) {
    return find(from, name)
        .map(Transition::to)
        .orElseThrow(() ->
            new IllegalStateException(
                "cannot '"
                    + name
                    + "' a device that is "
                    + from
                    + "; allowed: "
                    + TRANSITIONS.stream()
                        .filter(t -> t.from() == from)
                        .map(Transition::name)
                        .toList()));
  }

  /** The graph in Graphviz form, for the CLI and the docs. */
  public static String toDot() {
    StringBuilder dot = new StringBuilder("digraph device_lifecycle {\n");
    for (Transition t : TRANSITIONS) {
      dot.append("  ")
          .append(t.from())
          .append(" -> ")
          .append(t.to())
          .append(" [label=\"")
          .append(t.name())
          .append("\"];\n");
    }
    return dot.append("}\n").toString();
  }
}
