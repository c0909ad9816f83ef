package org.clearsite.attribution.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up device records of mixed kinds (register rows, scans, rebadged kit, other makers, rows
 * that say nothing) for load tests and benchmarks. Deterministic for a seed; not for evaluation.
 */
public final class DeviceRecords {

  private static final List<Map<String, String>> KINDS =
      List.of(
          Map.of(
              "make",
              "Hik Vision",
              "model",
              "DS-2CD2143G0-I",
              "serial",
              "DS-2CD2143G0-I20190101AAWRD12345678"),
          Map.of("make", "hikvison", "model", "DS2CD2347G2LU"),
          Map.of("model", "DS-7608NI-K2", "description", "NVR comms room"),
          Map.of("make", "Dahua", "model", "IPC-HDW2431T-AS-S2"),
          Map.of("make", "DAHUA TECHNOLOGY", "model", "DHI-NVR4108HS-8P-4KS2"),
          Map.of(
              "http_server", "App-webs/", "mac", "44:19:b6:12:34:56", "open_ports", "80 554 8000"),
          Map.of("onvif_manufacturer", "ANNKE", "onvif_model", "C800", "mac", "c0:56:e3:01:02:03"),
          Map.of("make", "Amcrest", "model", "IP5M-T1179EW"),
          Map.of("make", "Lorex", "model", "LNB4321B"),
          Map.of("make", "AXIS", "model", "AXIS P3245-V"),
          Map.of("make", "Hanwha", "model", "XNV-8080R"),
          Map.of("make", "Vivotek", "model", "FD9389-HV"),
          Map.of("make", "Bosch", "model", "NDE-3503-AL"),
          Map.of("description", "dome camera b/w"),
          Map.of("description", "PTZ car park", "device_type", "camera"));

  private DeviceRecords() {}

  /** The n-th record for a seed, with an id. */
  public static Map<String, String> record(long seed, long n) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", "dev-" + n);
    record.putAll(KINDS.get(random.nextInt(KINDS.size())));
    if (random.nextInt(4) == 0) {
      record.put("hostname", "cam-" + Long.toString(n, 36));
    }
    return record;
  }
}
