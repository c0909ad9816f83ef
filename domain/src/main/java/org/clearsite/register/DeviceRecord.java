package org.clearsite.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.clearsite.identity.Names;

/**
 * How a register row is recognised on the next import of the same register, and whether what it
 * records has changed since.
 */
final class DeviceRecord {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private DeviceRecord() {}

  /**
   * The identity of the device a row describes, within its department: its serial, else its asset
   * tag, else its MAC, else (for rows with no identifier at all) what it records plus how many
   * identical rows came before it in the file.
   */
  static String key(RegisterEntry entry, int identicalRowsBefore) {
    if (entry.serial() != null) {
      return "serial:" + serialKey(entry.serial());
    }
    if (entry.assetTag() != null) {
      return "asset:" + serialKey(entry.assetTag());
    }
    if (entry.mac() != null) {
      return "mac:" + entry.mac();
    }
    return "content:" + contentKey(entry) + "#" + identicalRowsBefore;
  }

  static String contentKey(RegisterEntry entry) {
    return sha256(
        String.join(
            "\u001f",
            Names.key(entry.site()),
            Names.key(entry.location()),
            Names.key(entry.make()),
            Names.key(entry.model()),
            Names.key(entry.ip()),
            Names.key(entry.hostname()),
            Names.key(entry.description())));
  }

  /** Serials and tags are compared without case or spaces: "ab 12" is "AB12". */
  static String serialKey(String serial) {
    return SPACES.matcher(serial).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /** A digest of every recorded field: equal digests mean nothing changed. */
  static String fingerprint(RegisterEntry e) {
    return sha256(
        String.join(
            "\u001f",
            Names.key(e.site()),
            Names.key(e.location()),
            String.valueOf(e.category()),
            nz(e.make()),
            nz(e.model()),
            nz(e.serial()),
            nz(e.mac()),
            nz(e.ip()),
            nz(e.hostname()),
            nz(e.assetTag()),
            nz(e.description()),
            String.valueOf(e.segment())));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
