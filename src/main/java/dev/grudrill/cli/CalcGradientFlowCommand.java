package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "gradient-flow", description = "TODO")
final class CalcGradientFlowCommand extends BaseCommand {
    CalcGradientFlowCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        return ExitCodes.OK;
    }
}
