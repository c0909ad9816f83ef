package org.clearsite.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins for one account name, or from one
 * address, within a window, further attempts are refused until the window has passed. Kept in
 * memory, so it counts per server process.
 */
public final class SignInThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Keys tracked at most; beyond it, keys with no failure in the window are forgotten first. */
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean refuses(String account, String address) {
    return recent("account:" + key(account)) >= PER_ACCOUNT
        || recent("address:" + address) >= PER_ADDRESS;
  }

  public void failed(String account, String address) {
    if (failures.size() > MAX_KEYS) {
      forgetExpired();
    }
    Instant now = clock.instant();
    for (String key : new String[] {"account:" + key(account), "address:" + address}) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  public void succeeded(String account) {
    failures.remove("account:" + key(account));
  }

  /**
   * Drops keys whose failures are all older than the window. Only if that is not enough (a flood of
   * fresh names) is everything forgotten: memory must stay bounded, and the per-address limit still
   * slows any one source of such a flood.
   */
  private void forgetExpired() {
    failures.keySet().removeIf(key -> recent(key) == 0);
    if (failures.size() > MAX_KEYS) {
      failures.clear();
    }
  }

  private int recent(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = clock.instant().minus(WINDOW);
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String key(String account) {
    return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
  }
}
