package org.clearsite.demo;

import java.util.List;

/**
 * Makes and model-number shapes seen in real registers, with how often each turns up. Model numbers
 * follow each maker's public naming. The Hikvision and Dahua MAC prefixes are IEEE assignments; the
 * others are illustrative. Only the demo uses this: attribution has its own sourced knowledge base.
 */
final class DemoCatalogue {

  /** A product line: the make as a register would spell it, and model templates. */
  record Line(
      String make,
      List<String> spellings,
      int weight,
      List<String> cameraModels,
      List<String> recorderModels,
      List<String> otherModels,
      String otherCategory,
      List<String> ouis,
      SerialShape serials) {}

  enum SerialShape {
    HIKVISION, // model + date + letters + digits
    DAHUA, // 15 upper-case alphanumerics
    GENERIC // letters then digits
  }

  static final List<Line> LINES =
      List.of(
          new Line(
              "Hikvision",
              List.of(
                  "Hikvision",
                  "HIKVISION",
                  "hikvision",
                  "Hik Vision",
                  "Hikvison",
                  "HikVision",
                  "Hikvision Digital Technology"),
              30,
              List.of(
                  "DS-2CD2143G2-I",
                  "DS-2CD2047G2-L",
                  "DS-2CD2T46G2-4I",
                  "DS-2CD2387G2-LU",
                  "DS-2DE4A425IW-DE",
                  "DS-2CD1023G0-I",
                  "DS-2CE16D0T-IRF",
                  "DS-2CD2543G2-IS"),
              List.of(
                  "DS-7608NI-K2",
                  "DS-7732NI-I4",
                  "DS-7616NXI-I2/16P/S",
                  "DS-9632NI-I8",
                  "DS-7204HQHI-K1"),
              List.of("DS-KV6113-WPE1", "DS-KD8003-IME1", "DS-K1T341AMF", "DS-6704HUHI"),
              "intercom",
              List.of("44:19:b6", "c0:56:e3", "bc:ad:28", "4c:bd:8f", "e0:ca:3c", "54:c4:15"),
              SerialShape.HIKVISION),
          new Line(
              "Dahua",
              List.of("Dahua", "DAHUA", "dahua", "Dahua Technology", "Dauha", "DH"),
              18,
              List.of(
                  "IPC-HDW2431T-AS-S2",
                  "IPC-HFW5442E-ZE",
                  "IPC-HDBW3441R-ZS",
                  "SD49425XB-HNR",
                  "IPC-HFW1230S",
                  "HAC-HFW1200T"),
              List.of("NVR4216-16P-4KS2", "DHI-NVR5232-4KS2", "NVR2108HS-8P-S3", "XVR5108HS-I3"),
              List.of("VTO2202F-P", "VTH5221D", "ASI1212A", "NVD0405DH-4I-4K"),
              "intercom",
              List.of("3c:ef:8c", "90:02:a9", "e0:50:8b", "14:a7:8b", "bc:32:5f"),
              SerialShape.DAHUA),
          new Line(
              "Axis",
              List.of("Axis", "AXIS", "Axis Communications", "axis"),
              14,
              List.of(
                  "P3265-LVE",
                  "M3106-L Mk II",
                  "Q6135-LE",
                  "P1455-LE",
                  "M2026-LE Mk II",
                  "AXIS P3245-V"),
              List.of("S3008", "S1148"),
              List.of("A8207-VE Mk II", "A1601"),
              "intercom",
              List.of("00:40:8c", "ac:cc:8e", "b8:a4:4f"),
              SerialShape.GENERIC),
          new Line(
              "Hanwha",
              List.of("Hanwha", "Hanwha Vision", "Samsung Wisenet", "Wisenet", "HANWHA TECHWIN"),
              8,
              List.of("XNV-8080R", "QNO-6012R", "XND-6080RV", "PNM-9084QZ"),
              List.of("XRN-1610", "QRN-820S"),
              List.of("SPE-400B"),
              "encoder",
              List.of("00:09:18", "e4:30:22"),
              SerialShape.GENERIC),
          new Line(
              "Bosch",
              List.of("Bosch", "BOSCH", "Bosch Security Systems"),
              6,
              List.of("NDE-3502-AL", "FLEXIDOME IP 5000i", "NBN-73023BA", "DINION IP 3000i"),
              List.of("DIVAR IP 5000", "DIP-7180-8HD"),
              List.of("VJT-X20XF-E"),
              "encoder",
              List.of("00:07:5f", "00:04:63"),
              SerialShape.GENERIC),
          new Line(
              "Avigilon",
              List.of("Avigilon", "AVIGILON", "Avigilon (Motorola)"),
              5,
              List.of("5.0C-H5A-D1", "2.0C-H5SL-BO1-IR", "H4A-DO-IR", "8.0C-H5A-BO2-IR"),
              List.of("HD-NVR4-STD-16TB"),
              List.of(),
              "other",
              List.of("00:18:85"),
              SerialShape.GENERIC),
          new Line(
              "Uniview",
              List.of("Uniview", "UNV", "Uniview Technologies"),
              5,
              List.of("IPC322LB-SF28-A", "IPC2124LB-SF40KM-G", "IPC3614SR3-ADPF28"),
              List.of("NVR302-08S", "NVR301-04LS3-P4"),
              List.of(),
              "other",
              List.of("48:ea:63", "6c:f1:7e"),
              SerialShape.GENERIC),
          new Line(
              "Annke",
              List.of("Annke", "ANNKE"),
              2,
              List.of("C500", "C800 (I91BM)", "NC400"),
              List.of("N48PAW", "DW81KD"),
              List.of(),
              "other",
              List.of("bc:ad:28"),
              SerialShape.GENERIC),
          new Line(
              "Lorex",
              List.of("Lorex", "LOREX"),
              2,
              List.of("LNB4321B", "E893AB", "LNE9383B"),
              List.of("N841A63B", "NR9163"),
              List.of(),
              "other",
              List.of("00:0f:7c"),
              SerialShape.DAHUA),
          new Line(
              "Honeywell",
              List.of("Honeywell", "HONEYWELL", "Honeywell Security"),
              3,
              List.of("HC30W45R3", "HBD2PR1", "HC35W43R3"),
              List.of("HEN16104", "HRGX161"),
              List.of(),
              "other",
              List.of("00:40:84"),
              SerialShape.GENERIC),
          new Line(
              "Panasonic",
              List.of("Panasonic", "i-PRO", "i-Pro Panasonic"),
              3,
              List.of("WV-S2136", "WV-S1536LTN", "WV-X4171"),
              List.of("WJ-NX400"),
              List.of(),
              "other",
              List.of("00:80:45"),
              SerialShape.GENERIC),
          new Line(
              "Paxton",
              List.of("Paxton", "Paxton Access"),
              3,
              List.of(),
              List.of(),
              List.of("Net2 Plus", "Net2 Entry Panel", "Paxton10 Reader"),
              "access control",
              List.of("00:50:c2"),
              SerialShape.GENERIC),
          new Line(
              "2N",
              List.of("2N", "2N Telekomunikace"),
              2,
              List.of(),
              List.of(),
              List.of("IP Verso", "IP Solo", "IP Style"),
              "intercom",
              List.of("7c:1e:b3"),
              SerialShape.GENERIC),
          new Line(
              "Vista",
              List.of("Vista", "VISTA", "Vista CCTV"),
              3,
              List.of("VK2-1080VFD3V9", "QUANTUM 1080HD"),
              List.of("QUANTUM-HD-16"),
              List.of(),
              "other",
              List.of("00:1b:c7"),
              SerialShape.GENERIC),
          new Line(
              "Pelco",
              List.of("Pelco", "PELCO"),
              2,
              List.of("Sarix IME322", "IXE20DN-OCP"),
              List.of("DX4700"),
              List.of(),
              "other",
              List.of("00:04:7d"),
              SerialShape.GENERIC));

  static final List<String> REGIONS =
      List.of(
          "North East",
          "North West",
          "Yorkshire and The Humber",
          "East Midlands",
          "West Midlands",
          "East of England",
          "London",
          "South East",
          "South West",
          "Wales",
          "Scotland",
          "Northern Ireland");

  static final List<String> TOWNS =
      List.of(
          "Newcastle",
          "Sunderland",
          "Manchester",
          "Liverpool",
          "Preston",
          "Leeds",
          "Sheffield",
          "York",
          "Hull",
          "Nottingham",
          "Leicester",
          "Derby",
          "Birmingham",
          "Coventry",
          "Wolverhampton",
          "Norwich",
          "Cambridge",
          "Ipswich",
          "Croydon",
          "Westminster",
          "Stratford",
          "Canary Wharf",
          "Reading",
          "Brighton",
          "Southampton",
          "Oxford",
          "Bristol",
          "Exeter",
          "Plymouth",
          "Cardiff",
          "Swansea",
          "Edinburgh",
          "Glasgow",
          "Aberdeen",
          "Belfast",
          "Londonderry");

  static final List<Integer> TOWN_REGION =
      List.of(
          0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9,
          9, 10, 10, 10, 11, 11);

  static final List<String> POSTCODE_AREAS =
      List.of(
          "NE", "SR", "M", "L", "PR", "LS", "S", "YO", "HU", "NG", "LE", "DE", "B", "CV", "WV",
          "NR", "CB", "IP", "CR", "SW", "E", "E", "RG", "BN", "SO", "OX", "BS", "EX", "PL", "CF",
          "SA", "EH", "G", "AB", "BT", "BT");

  static final List<String> BUILDINGS =
      List.of(
          "House",
          "Court",
          "Tower",
          "Centre",
          "Office",
          "Depot",
          "Exchange",
          "Hall",
          "Buildings",
          "Plaza");

  static final List<String> STREETS =
      List.of(
          "High Street",
          "Station Road",
          "Victoria Street",
          "Queen Street",
          "Park Lane",
          "Church Road",
          "Mill Lane",
          "London Road",
          "King Street",
          "Castle Street");

  static final List<String> LOCATIONS =
      List.of(
          "Main entrance",
          "Reception",
          "Car park",
          "Loading bay",
          "Ground floor corridor",
          "1st floor lobby",
          "Stairwell B",
          "Perimeter fence north",
          "Comms room",
          "Server room",
          "Post room",
          "Gatehouse",
          "Roof",
          "Lift lobby",
          "Cycle store",
          "Rear yard");

  private DemoCatalogue() {}
}
