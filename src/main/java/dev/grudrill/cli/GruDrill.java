package dev.grudrill.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code gru-drill}. Every entry point goes through {@link #run}. */
@Command(name = "gru-drill",
        header = "Get ready for machine-learning interviews on Gated Recurrent Units.",
        description = {"Drill the 50-question GRU bank: look answers up, search, and check the bank.",
            "Data goes to stdout, messages to stderr; --format json gives a stable, versioned output."},
        subcommands = {ListCommand.class, ShowCommand.class, SearchCommand.class, BankCommand.class,
            InterviewCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class})
public final class GruDrill extends BaseCommand {

    GruDrill(Context context) {
        super(context);
    }

    /** Runs gru-drill in this process's environment. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return run(Context.system(), out, err, args);
    }

    /** Runs gru-drill with the given context and writers; returns the exit code. */
    public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine(context, out, err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
        AppFactory factory = new AppFactory(context);
        ErrorHandler handler = new ErrorHandler(context);
        CommandLine cmd = new CommandLine(new GruDrill(context), factory);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.stdoutTerminal() && context.getenv("NO_COLOR") == null
                        ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        return cmd;
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
