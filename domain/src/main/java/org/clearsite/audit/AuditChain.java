package org.clearsite.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The audit log as a hash chain: each entry's hash covers its own fields and the hash of the entry
 * before it, so changing, removing or reordering any entry breaks every hash after it.
 */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Seals a new entry onto the chain whose last hash is {@code previousHash}. */
  public static AuditEntry seal(
      long sequence, Instant at, AuditChange change, String previousHash) {
    return new AuditEntry(
        sequence, at, change, previousHash, hash(sequence, at, change, previousHash));
  }

  static String hash(long sequence, Instant at, AuditChange change, String previousHash) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    // Each field is length-prefixed, so no two different entries encode to the same bytes.
    for (Object field :
        new Object[] {
          sequence,
          at.toEpochMilli(),
          change.actor(),
          change.action(),
          change.subject(),
          change.departmentId(),
          change.before(),
          change.after(),
          change.reason(),
          previousHash
        }) {
      byte[] bytes =
          field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
      sha256.update((field == null ? "-" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
      sha256.update(bytes);
      sha256.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Checks entries in sequence order, one at a time, so a log of any length fits in memory. */
  public static final class Verifier {
    private long expectedSequence = 1;
    private String previousHash = GENESIS;
    private String problem;

    /** Takes the next entry; returns false once the chain is broken. */
    public boolean accept(AuditEntry e) {
      if (problem != null) {
        return false;
      }
      if (e.sequence() != expectedSequence) {
        problem =
            "entry " + expectedSequence + " is missing (found " + e.sequence() + " in its place)";
      } else if (!Objects.equals(e.previousHash(), previousHash)) {
        problem = "entry " + e.sequence() + " does not follow the entry before it";
      } else if (!hash(e.sequence(), e.at(), e.change(), e.previousHash()).equals(e.hash())) {
        problem = "entry " + e.sequence() + " was altered after it was written";
      } else {
        expectedSequence++;
        previousHash = e.hash();
      }
      return problem == null;
    }

    /** How many entries checked out. */
    public long verified() {
      return expectedSequence - 1;
    }

    /** What broke the chain, or null if nothing did. */
    public String problem() {
      return problem;
    }

    /** The hash the next entry must follow (for comparing with the stored head). */
    public String lastHash() {
      return previousHash;
    }
  }
}
