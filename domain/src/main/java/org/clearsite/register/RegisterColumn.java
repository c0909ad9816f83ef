package org.clearsite.register;

import java.util.List;

/**
 * The fields Clearsite reads from an estate register, each with the header texts departments use
 * for it. Headers are compared by {@link #headerKey}, so "S/N", "s/n" and "S / N" are the same.
 */
public enum RegisterColumn {
  SITE(200, "site", "site name", "building", "premises", "property", "establishment"),
  ADDRESS(500, "address", "site address", "street address"),
  POSTCODE(20, "postcode", "post code", "postal code", "zip"),
  REGION(100, "region", "area region", "territory"),
  SENSITIVITY(100, "sensitivity", "site sensitivity", "sensitive site", "sensitive"),
  SENSITIVITY_REASONS(500, "sensitivity reasons", "sensitivity reason", "reason sensitive"),
  LOCATION(200, "location", "area", "room", "floor", "position", "zone", "location area"),
  CATEGORY(100, "category", "type", "device type", "equipment type", "asset type"),
  MAKE(200, "make", "manufacturer", "brand", "vendor", "mfr", "make manufacturer"),
  MODEL(200, "model", "model no", "model number", "model no.", "part number", "model code"),
  SERIAL(200, "serial", "serial no", "serial number", "s/n", "sn", "serial no."),
  MAC(100, "mac", "mac address", "hardware address", "mac addr"),
  IP(100, "ip", "ip address", "ip addr", "ipv4", "ip address v4"),
  HOSTNAME(255, "hostname", "host name", "device name", "dns name"),
  ASSET_TAG(100, "asset tag", "asset", "asset no", "asset number", "asset id", "tag"),
  DESCRIPTION(1000, "description", "notes", "comments", "details", "remarks"),
  NETWORK_SEGMENT(100, "network", "network segment", "segment", "network type", "vlan");

  private final int maxLength;
  private final List<String> headers;

  RegisterColumn(int maxLength, String... headers) {
    this.maxLength = maxLength;
    this.headers = List.of(headers);
  }

  /** The longest value stored; longer values are rejected rather than cut. */
  public int maxLength() {
    return maxLength;
  }

  /** The name used in mapping files and exports: {@code asset_tag}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isKnownAs(String header) {
    String key = headerKey(header);
    return headers.stream().anyMatch(h -> headerKey(h).equals(key)) || key.equals(headerKey(key()));
  }

  /** Lower case, letters and digits only: how two spellings of a header are compared. */
  public static String headerKey(String header) {
    return header == null
        ? ""
        : header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
