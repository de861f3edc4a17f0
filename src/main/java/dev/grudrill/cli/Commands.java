package dev.grudrill.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The command tree, registered lazily: building a picocli command reads all its annotations, which is
 * most of gru-drill's start-up. When the arguments name a command, only that branch is built; help,
 * completion, typos and a bare {@code gru-drill} get the whole tree.
 */
final class Commands {
    static final List<Class<?>> TOP = List.of(InterviewCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class,
            ReviewCommand.class,
            PlanCommand.class,
            PracticeCommand.class,
            StatsCommand.class,
            CalcCommand.class, ScheduleCommand.class, BankCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class);

    static final Map<Class<?>, List<Class<?>>> GROUPS = Map.of(
            CalcCommand.class, List.of(CalcParamsCommand.class, CalcForwardCommand.class, CalcSequenceCommand.class,
                    CalcBackwardCommand.class, CalcFlopsCommand.class, CalcMemoryCommand.class,
                    CalcGradientFlowCommand.class, CalcGatesCommand.class),
            BankCommand.class, List.of(BankCommand.Check.class, BankCommand.Import.class, BankCommand.Export.class));

    /** Commands that need every other command registered to do their job. */
    private static final List<String> NEED_ALL = List.of("help", "completion");

    private Commands() {
    }

    /** Adds to {@code parent} the commands among {@code children} that {@code args} can reach. */
    static void register(CommandLine parent, List<Class<?>> children, List<String> args, IFactory factory) {
        String first = args.isEmpty() ? "" : args.get(0);
        Class<?> named = children.stream().filter(c -> name(c).equals(first)).findFirst().orElse(null);
        boolean all = named == null || NEED_ALL.contains(first);
        for (Class<?> child : children) {
            if (all || child == named) {
                CommandLine sub = new CommandLine(child, factory);
                register(sub, GROUPS.getOrDefault(child, List.of()), all ? List.of() : args.subList(1, args.size()),
                        factory);
                parent.addSubcommand(name(child), sub);
            }
        }
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
