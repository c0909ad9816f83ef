package org.clearsite.device;

/** Where a device is connected: an isolated CCTV network lowers the risk it poses. */
public enum NetworkSegment {
  ISOLATED_CCTV,
  CORE_NETWORK,
  UNKNOWN
}
