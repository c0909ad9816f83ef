package org.clearsite.device;

import org.clearsite.identity.ExternalId;

/**
 * A piece of equipment on a site, with what was recorded about it. {@code make} and {@code model}
 * are kept exactly as recorded: deciding who really made it is attribution's job.
 */
public record Device(
    ExternalId id,
    DeviceCategory category,
    String make,
    String model,
    String serial,
    String mac,
    String ip,
    String hostname,
    String assetTag,
    String description,
    NetworkSegment segment,
    LifecycleState state) {}
