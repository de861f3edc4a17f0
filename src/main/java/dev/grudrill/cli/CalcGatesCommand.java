package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "gates", description = "TODO")
final class CalcGatesCommand extends BaseCommand {
    CalcGatesCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
