package org.clearsite.attribution.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clearsite.attribution.Attribution;

/**
 * Scores attributions against labels. An answer of "unknown" (no maker) is an abstention: right
 * when the label has no maker either, and never a claim that a device is covered.
 */
public final class Evaluation {

  private int records;
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int labelledMakers;
  private int answeredMakers;
  private int correctMakers;
  private int unlabelledRight;
  private int unlabelled;
  private int abstained;
  private final long[] bucketCount = new long[10];
  private final double[] bucketConfidence = new double[10];
  private final long[] bucketCorrect = new long[10];
  private final List<String> mistakes = new ArrayList<>();

  public void add(Labelled label, Attribution a, Boolean covered) {
    records++;
    boolean predictedCovered = Boolean.TRUE.equals(covered);
    boolean actuallyCovered = Boolean.TRUE.equals(label.covered());
    if (predictedCovered && actuallyCovered) {
      truePositives++;
    } else if (predictedCovered) {
      falsePositives++;
      mistakes.add(
          label.id() + ": said covered, label " + label.covered() + " (" + a.maker() + ")");
    } else if (actuallyCovered) {
      falseNegatives++;
      mistakes.add(label.id() + ": missed covered " + label.maker() + ", said " + a.maker());
    }
    if (a.maker() == null) {
      abstained++;
    }
    if (label.maker() == null) {
      unlabelled++;
      if (a.maker() == null) {
        unlabelledRight++;
      } else {
        mistakes.add(label.id() + ": named " + a.maker() + " where the record does not say");
      }
    } else {
      labelledMakers++;
      if (a.maker() != null) {
        answeredMakers++;
        boolean right = sameMaker(a.maker(), label.maker());
        if (right) {
          correctMakers++;
        } else {
          mistakes.add(label.id() + ": maker " + a.maker() + ", label " + label.maker());
        }
        int bucket = Math.min(9, (int) Math.floor(a.confidence() * 10));
        bucketCount[bucket]++;
        bucketConfidence[bucket] += a.confidence();
        bucketCorrect[bucket] += right ? 1 : 0;
      }
    }
  }

  private static boolean sameMaker(String a, String b) {
    return Objects.equals(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  public int records() {
    return records;
  }

  public double coveredPrecision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double coveredRecall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** Right makers among answers given for records whose maker is known. */
  public double makerAccuracy() {
    return ratio(correctMakers, answeredMakers);
  }

  /** Share of records with a known maker that got an answer. */
  public double makerCoverage() {
    return ratio(answeredMakers, labelledMakers);
  }

  public double abstentionRate() {
    return ratio(abstained, records);
  }

  /** Share of records that do not say who made them for which the engine said so too. */
  public double unknownsRight() {
    return ratio(unlabelledRight, unlabelled);
  }

  public List<String> mistakes() {
    return List.copyOf(mistakes);
  }

  /**
   * One row per confidence decile with answers: count, mean confidence, share right, the gap, the
   * 95% Wilson interval of the share right, and whether the decile fits. A decile fits when the gap
   * is within 0.05; with few answers a gap that large is also what chance gives, so a decile whose
   * interval holds its mean confidence is marked as too small to tell.
   */
  public List<String> calibration() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      if (bucketCount[i] == 0) {
        continue;
      }
      double mean = bucketConfidence[i] / bucketCount[i];
      double right = (double) bucketCorrect[i] / bucketCount[i];
      double[] interval = wilson(bucketCorrect[i], bucketCount[i]);
      String fits =
          Math.abs(right - mean) <= 0.05
              ? "yes"
              : mean >= interval[0] && mean <= interval[1] ? "too few to tell" : "no";
      rows.add(
          String.format(
              Locale.ROOT,
              "  %.1f-%.1f  %5d  %.3f  %.3f  %+.3f  %.2f-%.2f  %s",
              i / 10.0,
              (i + 1) / 10.0,
              bucketCount[i],
              mean,
              right,
              right - mean,
              interval[0],
              interval[1],
              fits));
    }
    return rows;
  }

  /** The Wilson score interval at 95% for {@code right} successes out of {@code n}. */
  static double[] wilson(long right, long n) {
    double z = 1.96;
    double p = (double) right / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
