package org.clearsite.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist or that the person may not see: both answer 404, so that ids of
 * other departments' records cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class NotFound extends RuntimeException {
  public NotFound() {
    super("not found", null, false, false);
  }
}
