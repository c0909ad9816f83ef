package org.clearsite.cli.device;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clearsite.device.Device;
import org.clearsite.device.MakerFinding;
import org.clearsite.estate.EstateDevice;

/** The fields of a device export, in order: the same for CSV columns and JSON keys. */
final class DeviceExportFields {

  static final List<String> NAMES =
      List.of(
          "id",
          "department",
          "site",
          "site_sensitivity",
          "site_sensitivity_reasons",
          "location",
          "category",
          "make",
          "model",
          "serial",
          "mac",
          "ip",
          "hostname",
          "asset_tag",
          "description",
          "network_segment",
          "lifecycle_state",
          "maker",
          "brand",
          "covered",
          "attribution_confidence",
          "knowledge_version");

  private DeviceExportFields() {}

  /** Values in {@link #NAMES} order; null where nothing was recorded. */
  static List<String> values(EstateDevice row) {
    Device d = row.device();
    List<String> values = new ArrayList<>(NAMES.size());
    values.add(d.id().value());
    values.add(row.department());
    values.add(row.site());
    values.add(row.siteSensitivity().tier().name().toLowerCase(java.util.Locale.ROOT));
    values.add(
        row.siteSensitivity().reasons().stream()
            .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(";")));
    values.add(row.location());
    values.add(d.category().name().toLowerCase(java.util.Locale.ROOT));
    values.add(d.make());
    values.add(d.model());
    values.add(d.serial());
    values.add(d.mac());
    values.add(d.ip());
    values.add(d.hostname());
    values.add(d.assetTag());
    values.add(d.description());
    values.add(d.segment().name().toLowerCase(java.util.Locale.ROOT));
    values.add(d.state().name().toLowerCase(java.util.Locale.ROOT));
    MakerFinding f = row.finding();
    values.add(f == null ? null : f.maker());
    values.add(f == null ? null : f.brand());
    values.add(f == null || f.covered() == null ? null : f.covered().toString());
    values.add(f == null ? null : String.valueOf(f.confidence()));
    values.add(f == null ? null : String.valueOf(f.knowledgeVersion()));
    return values;
  }
}
