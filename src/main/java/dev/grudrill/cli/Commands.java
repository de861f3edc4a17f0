package dev.grudrill.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The command tree, built lazily: when the arguments name a command, only that branch is built;
 * help, completion, typos and a bare {@code gru-drill} get the whole tree.
 */
final class Commands {
    /** The top-level commands, in the order help lists them. */
    static final Map<String, Function<Context, BaseCommand>> TOP = top();

    /** Commands that need every other command to do their job. */
    private static final List<String> NEED_ALL = List.of("help", "completion");

    private Commands() {
    }

    private static Map<String, Function<Context, BaseCommand>> top() {
        Map<String, Function<Context, BaseCommand>> commands = new LinkedHashMap<>();
        commands.put("interview", InterviewCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("review", ReviewCommand::new);
        commands.put("plan", PlanCommand::new);
        commands.put("practice", PracticeCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("calc", CalcCommand::new);
        commands.put("schedule", ScheduleCommand::new);
        commands.put("bank", BankCommand::new);
        commands.put("completion", CompletionCommand::new);
        commands.put("help", HelpCommand::new);
        return commands;
    }

    /** The command line of {@code command} with the subcommands {@code args} can reach. */
    static CommandLine tree(BaseCommand command, Context context, List<String> args) {
        command.addStandardOptions();
        CommandLine line = new CommandLine(command.spec);
        Map<String, Function<Context, BaseCommand>> children = command.subcommands();
        String first = args.isEmpty() ? "" : args.get(0);
        boolean all = !children.containsKey(first) || NEED_ALL.contains(first);
        for (Map.Entry<String, Function<Context, BaseCommand>> child : children.entrySet()) {
            if (all || child.getKey().equals(first)) {
                BaseCommand sub = child.getValue().apply(context);
                line.addSubcommand(child.getKey(), tree(sub, context, all ? List.of() : args.subList(1, args.size())));
            }
        }
        return line;
    }
}
