package org.clearsite.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  /** Pins the graph: a change to it must change this list, on purpose. */
  @Test
  void theGraphIsExactlyTheAgreedOne() {
    List<String> edges =
        Lifecycle.transitions().stream()
            .map(t -> t.from() + " -" + t.name() + "-> " + t.to())
            .collect(Collectors.toList());
    assertThat(edges)
        .containsExactly(
            "IDENTIFIED -confirm-> CONFIRMED",
            "IDENTIFIED -dismiss-> EXEMPT",
            "CONFIRMED -schedule-> SCHEDULED",
            "CONFIRMED -exempt-> EXEMPT",
            "SCHEDULED -reschedule-> SCHEDULED",
            "SCHEDULED -unschedule-> CONFIRMED",
            "SCHEDULED -remove-> REMOVED",
            "SCHEDULED -replace-> REPLACED",
            "REMOVED -record-replacement-> REPLACED",
            "REMOVED -verify-removal-> VERIFIED",
            "REPLACED -verify-replacement-> VERIFIED",
            "EXEMPT -revoke-exemption-> CONFIRMED",
            "VERIFIED -reappear-> CONFIRMED");
    assertThat(Lifecycle.initial()).isEqualTo(LifecycleState.IDENTIFIED);
  }

  @Test
  void everyStateIsReachableFromTheInitialState() {
    java.util.Set<LifecycleState> reached = java.util.EnumSet.of(Lifecycle.initial());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Lifecycle.Transition t : Lifecycle.transitions()) {
        if (reached.contains(t.from())) {
          grew |= reached.add(t.to());
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(LifecycleState.values());
  }

  @Test
  void namesAreUniqueFromEachState() {
    for (LifecycleState state : LifecycleState.values()) {
      List<String> names =
          Lifecycle.transitions().stream()
              .filter(t -> t.from() == state)
              .map(Lifecycle.Transition::name)
              .toList();
      assertThat(names).doesNotHaveDuplicates();
    }
  }

  @Test
  void anAllowedMoveLeadsWhereTheGraphSays() {
    assertThat(Lifecycle.apply(LifecycleState.SCHEDULED, "remove"))
        .isEqualTo(LifecycleState.REMOVED);
  }

  @Test
  void aDeviceCannotBeVerifiedBeforeItIsRemoved() {
    assertThatThrownBy(() -> Lifecycle.apply(LifecycleState.CONFIRMED, "verify-removal"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONFIRMED")
        .hasMessageContaining("allowed: [schedule, exempt]");
  }

  @Test
  void theDotGraphHasOneLabelledEdgePerTransition() {
    String dot = Lifecycle.toDot();
    assertThat(dot).startsWith("digraph device_lifecycle {");
    assertThat(dot.lines().filter(l -> l.contains("->"))).hasSize(Lifecycle.transitions().size());
    assertThat(dot).contains("SCHEDULED -> REMOVED [label=\"remove\"];");
  }
}
