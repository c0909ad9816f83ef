/** The clearsite command line: one subcommand per feature, all over the same database. */
package org.clearsite.cli;
