package org.clearsite.attribution.knowledge;

/** A document a fact rests on. */
public record Source(String id, String title, String url, String publisher, String date) {}
