package org.clearsite.register;

/**
 * A row that was not imported, and why.
 *
 * @param column the header as the file spells it; empty when the whole row is at fault
 */
public record Rejection(long line, String column, String reason) {}
