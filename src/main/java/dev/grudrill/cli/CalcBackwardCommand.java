package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "backward", description = "TODO")
final class CalcBackwardCommand extends BaseCommand {
    CalcBackwardCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
