package org.clearsite.attribution;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearsite.attribution.knowledge.Brand;
import org.clearsite.attribution.text.BoundedText;

/** How much a brand name says about who made the device, given its model and date. */
final class BrandLinks {

  /** A link resting on sources of low confidence counts for no more than this. */
  private static final double LOW_CONFIDENCE_LINK = 0.6;

  private static final Pattern YEAR = Pattern.compile("\\b(199\\d|20[0-3]\\d)\\b");

  private BrandLinks() {}

  /** The link that fits a record best, how much it counts, and the year the record gives. */
  record Chosen(Brand link, double weight, Integer year) {}

  /** Of a brand's links (one per period when its maker changed), the one that fits the record. */
  static Chosen best(List<Brand> links, Map<String, String> fields) {
    String model = fields.getOrDefault("model", fields.get("onvif_model"));
    Integer year = yearOf(fields);
    Brand best = links.get(0);
    double bestWeight = -1;
    for (Brand link : links) {
      double weight = weight(link, model, year);
      if (weight > bestWeight) {
        best = link;
        bestWeight = weight;
      }
    }
    return new Chosen(best, bestWeight, year);
  }

  /** How much a brand name says about its maker, given the model and date when known. */
  private static double weight(Brand link, String model, Integer year) {
    // A link is as good as its evidence and no better than its sources.
    double weight =
        link.provenance().confidence() == org.clearsite.attribution.knowledge.Confidence.LOW
            ? Math.min(link.strength().weight(), LOW_CONFIDENCE_LINK)
            : link.strength().weight();
    boolean modelFits = link.models() != null && model != null && matches(link.models(), model);
    if (link.models() != null && model != null && !modelFits) {
      weight *= 0.5; // the brand also sells models this maker does not make
    }
    if (year != null) {
      if (!within(year, link.from(), link.to())) {
        weight *= 0.2; // the record is dated outside this link
      }
    } else if (link.to() != null && !modelFits) {
      weight *= 0.5; // the link has ended: newer products may come from someone else
    }
    return weight;
  }

  private static boolean within(int year, String from, String to) {
    return (from == null || year >= yearPart(from)) && (to == null || year <= yearPart(to));
  }

  private static int yearPart(String date) {
    return Integer.parseInt(date.substring(0, Math.min(4, date.length())));
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  /** A year a register mentions for installation or purchase, in free text or a date field. */
  private static Integer yearOf(Map<String, String> fields) {
    for (Map.Entry<String, String> e : fields.entrySet()) {
      String key = e.getKey();
      boolean dated =
          key.equals("description")
              || key.equals("asset_text")
              || key.contains("date")
              || key.contains("year")
              || key.contains("install")
              || key.contains("purchase");
      if (dated) {
        Matcher m = YEAR.matcher(e.getValue());
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return null;
  }

  static boolean matches(Pattern pattern, String value) {
    try {
      return pattern.matcher(BoundedText.of(value, BoundedText.READS_PER_CHAR)).find();
    } catch (BoundedText.Exhausted e) {
      return false;
    }
  }
}
