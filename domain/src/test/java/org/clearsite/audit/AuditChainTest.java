package org.clearsite.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditEntry e =
          AuditChain.seal(
              i,
              Instant.parse("2026-11-29T10:00:00Z").plusSeconds(i),
              new AuditChange(
                  "alice",
                  "review.confirm",
                  "device:D" + i,
                  7L,
                  "{\"maker\":null}",
                  "{\"maker\":\"Hikvision\"}",
                  "label on the housing"),
              previous);
      entries.add(e);
      previous = e.hash();
    }
    return entries;
  }

  private static AuditChain.Verifier verify(List<AuditEntry> entries) {
    AuditChain.Verifier v = new AuditChain.Verifier();
    entries.forEach(v::accept);
    return v;
  }

  @Test
  void anUntouchedChainVerifies() {
    AuditChain.Verifier v = verify(chain(5));

    assertThat(v.problem()).isNull();
    assertThat(v.verified()).isEqualTo(5);
  }

  @Test
  void changingAnyFieldOfAnEntryIsDetected() {
    List<AuditEntry> entries = chain(3);
    AuditEntry e = entries.get(1);
    entries.set(
        1,
        new AuditEntry(
            e.sequence(),
            e.at(),
            new AuditChange(
                e.change().actor(),
                e.change().action(),
                e.change().subject(),
                e.change().departmentId(),
                e.change().before(),
                e.change().after(),
                "a different reason"),
            e.previousHash(),
            e.hash()));

    assertThat(verify(entries).problem()).isEqualTo("entry 2 was altered after it was written");
  }

  @Test
  void removingAnEntryIsDetected() {
    List<AuditEntry> entries = chain(3);
    entries.remove(1);

    assertThat(verify(entries).problem()).isEqualTo("entry 2 is missing (found 3 in its place)");
  }

  @Test
  void resealingAnAlteredEntryStillBreaksTheNextOne() {
    List<AuditEntry> entries = chain(3);
    AuditEntry e = entries.get(1);
    entries.set(
        1,
        AuditChain.seal(
            2,
            e.at(),
            new AuditChange(
                "mallory",
                e.change().action(),
                e.change().subject(),
                e.change().departmentId(),
                e.change().before(),
                e.change().after(),
                e.change().reason()),
            e.previousHash()));

    assertThat(verify(entries).problem()).isEqualTo("entry 3 does not follow the entry before it");
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    AuditEntry a =
        AuditChain.seal(1, Instant.EPOCH, AuditChange.of("ab", "c", "s", "r"), AuditChain.GENESIS);
    AuditEntry b =
        AuditChain.seal(1, Instant.EPOCH, AuditChange.of("a", "bc", "s", "r"), AuditChain.GENESIS);

    assertThat(a.hash()).isNotEqualTo(b.hash());
  }
}
