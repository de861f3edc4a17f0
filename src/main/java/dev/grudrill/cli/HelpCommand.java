package dev.grudrill.cli;

import picocli.CommandLine;

/** {@code gru-drill help [COMMAND]}: the usage of a command, or of gru-drill itself. */
final class HelpCommand extends BaseCommand {
    private final Arg<String> command = parameters("COMMAND").arity("0..1")
            .description("The command to explain.").of(String.class);

    HelpCommand(Context context) {
        super(context, "help", null, "Display help information about the specified command.");
    }

    @Override
    int execute() {
        CommandLine parent = spec.parent().commandLine();
        String name = command.get();
        if (name == null) {
            parent.usage(out());
            return ExitCodes.OK;
        }
        CommandLine sub = parent.getSubcommands().get(name);
        if (sub == null) {
            throw CliException.usage("unknown command '" + name + "' (see 'gru-drill --help')");
        }
        sub.usage(out());
        return ExitCodes.OK;
    }
}
