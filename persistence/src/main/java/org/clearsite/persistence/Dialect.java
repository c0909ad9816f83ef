package org.clearsite.persistence;

/** The two databases Clearsite supports; only bulk loading differs between them. */
public enum Dialect {
  H2,
  POSTGRESQL
}
