package org.clearsite.attribution.text;

/**
 * A string that a regular expression may only read so many times. Java's regex engine backtracks,
 * and a pattern that looks harmless can take exponential time on a hostile value; reading through
 * this wrapper turns that into a {@link Exhausted} after a bounded amount of work.
 */
public final class BoundedText implements CharSequence {

  /** Thrown when a match has read more characters than its budget allows. */
  public static final class Exhausted extends RuntimeException {
    Exhausted() {
      super("pattern gave up: too much backtracking", null, false, false);
    }
  }

  /** Reads allowed per character of a value: ample for every pattern the tests accept. */
  public static final int READS_PER_CHAR = 200;

  private final String text;
  private final long[] reads;
  private final long budget;

  private BoundedText(String text, long[] reads, long budget) {
    this.text = text;
    this.reads = reads;
    this.budget = budget;
  }

  /** Allows {@code perChar} reads per character of the text, and at least ten thousand. */
  public static BoundedText of(String text, int perChar) {
    return new BoundedText(text, new long[1], Math.max(10_000L, (long) text.length() * perChar));
  }

  public long reads() {
    return reads[0];
  }

  /** Starts counting again, so one text can be offered to many patterns in turn. */
  public BoundedText reset() {
    reads[0] = 0;
    return this;
  }

  @Override
  public char charAt(int index) {
    if (++reads[0] > budget) {
      throw new Exhausted();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.substring(start, end), reads, budget);
  }

  @Override
  public String toString() {
    return text;
  }
}
