package dev.grudrill.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

final class CalcCommand extends BaseCommand {
    CalcCommand(Context context) {
        super(context, "calc", "GRU calculators, checked against PyTorch.",
                "GRU calculators, checked against PyTorch: parameter counts, a cell step, whole sequences and "
                        + "their gradients, compute and memory, gradient flow and gate pictures.");
    }

    @Override
    Map<String, Function<Context, BaseCommand>> subcommands() {
        Map<String, Function<Context, BaseCommand>> commands = new LinkedHashMap<>();
        commands.put("params", CalcParamsCommand::new);
        commands.put("forward", CalcForwardCommand::new);
        commands.put("sequence", CalcSequenceCommand::new);
        commands.put("backward", CalcBackwardCommand::new);
        commands.put("flops", CalcFlopsCommand::new);
        commands.put("memory", CalcMemoryCommand::new);
        commands.put("gradient-flow", CalcGradientFlowCommand::new);
        commands.put("gates", CalcGatesCommand::new);
        return commands;
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
