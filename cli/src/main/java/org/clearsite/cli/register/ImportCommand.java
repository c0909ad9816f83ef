package org.clearsite.cli.register;

import picocli.CommandLine.Command;

/** {@code clearsite import ...}: bring outside records into the estate. */
@Command(
    name = "import",
    description = "Import records into the estate.",
    mixinStandardHelpOptions = true,
    subcommands = {RegisterImportCommand.class})
public final class ImportCommand {}
