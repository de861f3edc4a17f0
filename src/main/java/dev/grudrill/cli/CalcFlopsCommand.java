package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "flops", description = "TODO")
final class CalcFlopsCommand extends BaseCommand {
    CalcFlopsCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
