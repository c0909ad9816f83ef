package org.clearsite.cli.device;

import picocli.CommandLine.Command;

/** {@code clearsite export ...}: what is stored, for other tools. */
@Command(
    name = "export",
    description = "Export what is stored.",
    mixinStandardHelpOptions = true,
    subcommands = {ExportDevicesCommand.class})
public final class ExportCommand {}
