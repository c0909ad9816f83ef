package org.clearsite.web.device;

import java.util.List;
import org.clearsite.web.review.Reviewing;

/**
 * The review form on a device page, as last submitted: its values are kept when it comes back with
 * problems, so nothing typed is lost.
 *
 * @param justReviewed the page follows a successful review
 */
public record ReviewForm(
    String decision,
    String maker,
    String reason,
    List<Reviewing.Problem> problems,
    boolean justReviewed) {

  public String problem(String field) {
    return problems.stream()
        .filter(p -> p.field().equals(field))
        .map(Reviewing.Problem::message)
        .findFirst()
        .orElse(null);
  }
}
