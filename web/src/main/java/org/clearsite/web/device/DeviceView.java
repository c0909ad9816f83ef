package org.clearsite.web.device;

import java.util.List;
import org.clearsite.attribution.Attribution;
import org.clearsite.attribution.Finding;
import org.clearsite.persistence.device.JdbcDevices;
import org.clearsite.review.Review;
import org.clearsite.web.review.Reviewing;

/**
 * A device with its attribution worked out afresh from what was recorded, so the evidence shown is
 * exactly what the current knowledge base makes of it.
 */
public record DeviceView(
    JdbcDevices.DeviceRow device,
    Attribution attribution,
    String regime,
    List<Review> reviews,
    List<Reviewing.Choice> makers,
    ReviewForm form) {

  /** Only reviewers are offered the makers to choose from. */
  public boolean mayReview() {
    return !makers.isEmpty();
  }

  public Finding finding() {
    return attribution.equipment().get(regime);
  }
}
