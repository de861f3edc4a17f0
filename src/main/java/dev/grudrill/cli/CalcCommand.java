package dev.grudrill.cli;

import picocli.CommandLine.Command;

@Command(name = "calc", header = "GRU calculators, checked against PyTorch.",
        description = "GRU calculators, checked against PyTorch: parameter counts, a cell step, whole sequences and "
            + "their gradients, compute and memory, gradient flow and gate pictures.")
final class CalcCommand extends BaseCommand {
    CalcCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
