package org.clearsite.attribution;

/**
 * One thing that points somewhere.
 *
 * @param rule the knowledge base entry that matched, e.g. {@code fingerprint:hikvision-app-webs}
 * @param indicates what it points to, e.g. {@code maker=hikvision}
 * @param weight how strongly, in [0,1]; 0 for facts that name no maker
 */
public record Evidence(String field, String value, String rule, String indicates, double weight) {}
