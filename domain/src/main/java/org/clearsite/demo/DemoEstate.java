package org.clearsite.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clearsite.demo.DemoCatalogue.Line;

/**
 * A made-up but realistic estate: several departments, about 200 sites of mixed sensitivity and
 * about 5,000 devices, written as the messy registers departments really keep (each department with
 * its own headers, inconsistent casing, typos, blanks and the odd bad row). The same seed always
 * gives the same registers.
 */
public final class DemoEstate {

  private static final String[][] DEPARTMENTS = {
    {
      "Department for Justice Estates",
      "Site,Address,Postcode,Region,Sensitivity,Sensitivity reasons,"
          + "Location,Type,Make,Model,Serial No,MAC Address,IP Address,Asset Tag,Notes,Network"
    },
    {
      "Home Security Department",
      "Building,Street address,Post code,Region,Sensitive site,"
          + "Sensitivity reason,Area,Device type,Manufacturer,Model No,S/N,MAC,IP,Asset No,Description,"
          + "Network segment"
    },
    {
      "Revenue and Customs Office",
      "Premises,Address,Postcode,Region,Sensitivity,Sensitivity reasons,"
          + "Location,Equipment type,Brand,Model number,Serial number,Hardware address,IPv4,Asset ID,"
          + "Comments,Network type"
    },
    {
      "Ministry of Transport Estates",
      "Site Name,Address,Postcode,Region,Site Sensitivity,"
          + "Sensitivity reasons,Location,Category,Make,Model,Serial,MAC Address,IP Address,Asset Tag,"
          + "Remarks,Network"
    },
    {
      "Cabinet Support Agency",
      "Site,Address,Postcode,Region,Sensitivity,Sensitivity reasons,Room,"
          + "Type,Manufacturer,Model,Serial Number,MAC Address,IP Address,Tag,Details,Segment"
    },
  };

  private static final int[] SITES_PER_DEPARTMENT = {52, 46, 40, 34, 28}; // 200

  private final SplittableRandom random;
  private int serialCounter;

  private DemoEstate(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The demo estate: one register per department, about 5,000 rows in all. */
  public static List<DemoRegister> generate(long seed) {
    DemoEstate estate = new DemoEstate(seed);
    List<DemoRegister> registers = new ArrayList<>();
    for (int d = 0; d < DEPARTMENTS.length; d++) {
      registers.add(estate.department(d, SITES_PER_DEPARTMENT[d], 25, true));
    }
    return registers;
  }

  /**
   * One department's register of about {@code rows} rows, for benchmarks and load tests; all rows
   * are valid so that every one is stored.
   */
  public static DemoRegister largeRegister(long seed, int rows) {
    DemoEstate estate = new DemoEstate(seed);
    int sites = Math.max(1, (rows + 49) / 50);
    return estate.department(0, sites, 50, false, rows);
  }

  private DemoRegister department(int d, int sites, int devicesPerSite, boolean withFaults) {
    return department(d, sites, devicesPerSite, withFaults, -1);
  }

  private DemoRegister department(
      int d, int siteCount, int devicesPerSite, boolean withFaults, int exactRows) {
    String name = DEPARTMENTS[d][0];
    List<String> headers = List.of(DEPARTMENTS[d][1].split(","));
    List<List<String>> rows = new ArrayList<>();
    List<String> seenSerials = new ArrayList<>();
    java.util.Set<String> siteNames = new java.util.HashSet<>();
    for (int s = 0; s < siteCount && (exactRows < 0 || rows.size() < exactRows); s++) {
      SiteFacts site = site(d, s);
      while (!siteNames.add(site.name().toLowerCase(Locale.ROOT))) {
        site = site(d, s); // two sites of one department never share a name
      }
      int devices =
          exactRows >= 0
              ? Math.min(devicesPerSite, exactRows - rows.size())
              : Math.max(3, (int) (devicesPerSite * (0.3 + 1.4 * random.nextDouble())));
      for (int i = 0; i < devices; i++) {
        List<String> row = device(site, i == 0);
        if (withFaults) {
          fault(row, seenSerials);
        }
        if (!row.get(10).isBlank()) {
          seenSerials.add(row.get(10));
        }
        rows.add(row);
      }
    }
    String file = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-register.csv";
    return new DemoRegister(name, file, headers, rows);
  }

  private record SiteFacts(
      String name,
      String address,
      String postcode,
      String region,
      String sensitivity,
      String reasons) {}

  private SiteFacts site(int department, int index) {
    int town = (department * 7 + index * 5 + random.nextInt(3)) % DemoCatalogue.TOWNS.size();
    String townName = DemoCatalogue.TOWNS.get(town);
    String building = pick(DemoCatalogue.BUILDINGS);
    String name =
        townName
            + " "
            + building
            + (index >= DemoCatalogue.TOWNS.size() ? " " + (index / 10 + 1) : "");
    if (random.nextInt(4) == 0) {
      name = name.toUpperCase(Locale.ROOT);
    }
    String postcode =
        DemoCatalogue.POSTCODE_AREAS.get(town)
            + (1 + random.nextInt(20))
            + " "
            + random.nextInt(10)
            + (char) ('A' + random.nextInt(26))
            + (char) ('A' + random.nextInt(26));
    String address =
        (1 + random.nextInt(200)) + " " + pick(DemoCatalogue.STREETS) + ", " + townName;
    int roll = random.nextInt(100);
    String sensitivity;
    String reasons;
    if (roll < 58) {
      sensitivity = pick(List.of("Standard", "No", "standard", "", "Low"));
      reasons = "";
    } else if (roll < 88) {
      sensitivity = pick(List.of("Sensitive", "Yes", "SENSITIVE", "Y"));
      reasons =
          pick(
              List.of(
                  "SECRET material",
                  "DV cleared staff",
                  "Ministers",
                  "SOCPA",
                  "SECRET; DV staff",
                  ""));
    } else {
      sensitivity = pick(List.of("Highly sensitive", "Critical", "High"));
      reasons =
          pick(List.of("SECRET; Ministers", "Top Secret / DV", "SOCPA protected site; Ministers"));
    }
    return new SiteFacts(
        name,
        address,
        postcode,
        DemoCatalogue.REGIONS.get(DemoCatalogue.TOWN_REGION.get(town)),
        sensitivity,
        reasons);
  }

  /** A row in the common column order; departments differ only in header names. */
  private List<String> device(SiteFacts site, boolean firstOfSite) {
    serialCounter++;
    Line line = weighted();
    int kind = random.nextInt(100);
    String category;
    String model;
    if (kind < 78 && !line.cameraModels().isEmpty()
        || line.recorderModels().isEmpty() && line.otherModels().isEmpty()) {
      category =
          pick(
              List.of("Camera", "CCTV camera", "IP Camera", "camera", "Dome camera", "Bullet cam"));
      model = pick(line.cameraModels());
    } else if (kind < 93 && !line.recorderModels().isEmpty() || line.otherModels().isEmpty()) {
      category = pick(List.of("NVR", "Recorder", "DVR", "NVR / recorder"));
      model = pick(line.recorderModels());
    } else {
      category = line.otherCategory();
      model = pick(line.otherModels());
    }
    String make = pick(line.spellings());
    if (random.nextInt(12) == 0) {
      model = make + " " + model; // make typed into the model field too
    }
    if (random.nextInt(10) == 0) {
      model = model.replace("-", ""); // hyphens dropped
    }
    if (random.nextInt(15) == 0) {
      model = model.toLowerCase(Locale.ROOT);
    }
    if (random.nextInt(25) == 0) {
      make = "";
    }
    if (random.nextInt(40) == 0) {
      category = "";
    }
    String serial =
        random.nextInt(12) == 0 ? pick(List.of("", "N/A", "TBC", "unknown")) : serial(line, model);
    String mac = random.nextInt(3) == 0 ? "" : mac(line);
    String ip =
        random.nextInt(4) == 0
            ? ""
            : "10."
                + (random.nextInt(250) + 1)
                + "."
                + random.nextInt(256)
                + "."
                + (random.nextInt(250) + 2);
    String asset = random.nextInt(3) == 0 ? "" : "AT-" + (100000 + serialCounter);
    String notes =
        random.nextInt(5) == 0
            ? pick(
                List.of(
                    "Faulty - awaiting repair",
                    "Installed 2019",
                    "Covers staff entrance",
                    "Replaced lens 2021",
                    "PTZ, patrol mode",
                    "Installed by contractor"))
            : "";
    String network =
        pick(
            List.of(
                "Isolated CCTV", "isolated", "Core", "Corporate LAN", "", "Unknown", "Standalone"));
    return new ArrayList<>(
        List.of(
            firstOfSite || random.nextInt(3) > 0
                ? site.name()
                : site.name().toLowerCase(Locale.ROOT),
            firstOfSite ? site.address() : "",
            firstOfSite ? site.postcode() : "",
            site.region(),
            firstOfSite ? site.sensitivity() : "",
            firstOfSite ? site.reasons() : "",
            pick(DemoCatalogue.LOCATIONS),
            category,
            make,
            model,
            serial,
            mac,
            ip,
            asset,
            notes,
            network));
  }

  /** About one row in a hundred is wrong in a way registers really are wrong. */
  private void fault(List<String> row, List<String> earlierSerials) {
    int roll = random.nextInt(200);
    if (roll == 0) {
      row.set(0, ""); // site left blank
    } else if (roll == 1) {
      row.set(
          11, "00:1G:" + row.get(11).substring(Math.min(6, row.get(11).length()))); // typo in MAC
    } else if (roll == 2 && !earlierSerials.isEmpty()) {
      row.set(10, earlierSerials.get(random.nextInt(earlierSerials.size()))); // copy-pasted serial
    } else if (roll == 3) {
      row.set(12, "10.0.300." + random.nextInt(255)); // impossible IP
    }
  }

  private Line weighted() {
    int total = DemoCatalogue.LINES.stream().mapToInt(Line::weight).sum();
    int roll = random.nextInt(total);
    for (Line line : DemoCatalogue.LINES) {
      roll -= line.weight();
      if (roll < 0) {
        return line;
      }
    }
    throw new IllegalStateException("weights sum to " + total);
  }

  private String serial(Line line, String model) {
    return switch (line.serials()) {
      case HIKVISION ->
          model.replaceAll("[^A-Za-z0-9-]", "").toUpperCase(Locale.ROOT)
              + (2018 + random.nextInt(6))
              + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
              + "AAWR"
              + String.format("%09d", serialCounter * 7919L % 1_000_000_000);
      case DAHUA -> {
        StringBuilder s = new StringBuilder();
        String chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        for (int i = 0; i < 9; i++) {
          s.append(chars.charAt(random.nextInt(chars.length())));
        }
        yield s.append(String.format("%06d", serialCounter % 1_000_000)).toString();
      }
      case GENERIC ->
          line.make().substring(0, Math.min(3, line.make().length())).toUpperCase(Locale.ROOT)
              + String.format("%08d", serialCounter);
    };
  }

  private String mac(Line line) {
    String mac =
        pick(line.ouis())
            + String.format(
                ":%02x:%02x:%02x",
                serialCounter >> 16 & 255, serialCounter >> 8 & 255, serialCounter & 255);
    return switch (random.nextInt(4)) {
      case 0 -> mac.toUpperCase(Locale.ROOT);
      case 1 -> mac.replace(':', '-');
      default -> mac;
    };
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
