package dev.grudrill.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code gru-drill}. Every entry point goes through {@link #run}. */
@Command(name = "gru-drill",
        header = "Get ready for machine-learning interviews on Gated Recurrent Units.",
        description = {"Drill the 50-question GRU bank: mock interviews, look answers up, search, calculators,"
                + " check the bank, and see how reviews are scheduled.",
            "Data goes to stdout, messages to stderr; --format json gives a stable, versioned output."})
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
        CommandLine cmd = commandLine(context, out, err, args);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err, String... args) {
        AppFactory factory = new AppFactory(context);
        ErrorHandler handler = new ErrorHandler(context);
        CommandLine cmd = new CommandLine(new GruDrill(context), factory);
        // Before the settings below: picocli applies them to the subcommands already added.
        Commands.register(cmd, Commands.TOP, java.util.List.of(args), factory);
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
