package org.clearsite.review;

import java.time.Instant;

/**
 * A reviewer's decision on one device's attribution, with the reason they must give.
 *
 * @param maker the maker's canonical name as decided, or null when confirmed as unknown
 */
public record Review(
    String id, ReviewOutcome outcome, String maker, String reason, String reviewer, Instant at) {

  /** Longest reason kept: enough for a paragraph, short enough for a table cell. */
  public static final int MAX_REASON = 2000;
}
