package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "sequence", description = "TODO")
final class CalcSequenceCommand extends BaseCommand {
    CalcSequenceCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
