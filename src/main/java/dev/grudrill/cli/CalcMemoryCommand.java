package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "memory", description = "TODO")
final class CalcMemoryCommand extends BaseCommand {
    CalcMemoryCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
