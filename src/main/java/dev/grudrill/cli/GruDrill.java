package dev.grudrill.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** The top command: {@code gru-drill}. Every entry point goes through {@link #run}. */
public final class GruDrill extends BaseCommand {

    GruDrill(Context context) {
        super(context, "gru-drill", "Get ready for machine-learning interviews on Gated Recurrent Units.",
                "Drill the 50-question GRU bank: timed mock interviews graded against model answers, spaced"
                        + " repetition (review, plan for an interview date, practice problems, stats), scripted"
                        + " lookups (list, show, search), GRU calculators checked against PyTorch, and bank tools.",
                "Data goes to stdout, messages to stderr; --format json gives a stable, versioned output.");
    }

    @Override
    Map<String, Function<Context, BaseCommand>> subcommands() {
        return Commands.TOP;
    }

    /** Runs gru-drill in this process's environment. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
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
        ErrorHandler handler = new ErrorHandler(context);
        CommandLine cmd = Commands.tree(new GruDrill(context), context, List.of(args));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        cmd.registerConverter(Integer.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cmd.registerConverter(Long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.stdoutTerminal() && context.getenv("NO_COLOR") == null
                        ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        return cmd;
    }

    /** A whole number within [min, max]; the message says which of the two it is not. */
    static long wholeNumber(String text, long min, long max) {
        BigInteger value;
        try {
            value = new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large (at most " + max + ")");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too small (at least " + min + ")");
        }
        return value.longValueExact();
    }

    @Override
    int execute() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
