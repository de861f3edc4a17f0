package dev.grudrill.cli;

import dev.grudrill.bank.AmbiguousNumberException;
import dev.grudrill.bank.BankException;
import dev.grudrill.bank.NotFoundException;
import dev.grudrill.bank.Problem;
import dev.grudrill.gru.SpecException;
import dev.grudrill.store.StoreException;
import dev.grudrill.term.InputError;
import dev.grudrill.term.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Maps every failure to one line on stderr and an exit code. Stack traces are printed only for
 * internal errors, and only with {@code GRU_DRILL_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Context context;

    ErrorHandler(Context context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            boolean unknownCommand = !cmd.getSubcommands().isEmpty() && !unmatched.isEmpty()
                    && !unmatched.get(0).startsWith("-") && cmd.getParseResult().originalArgs().indexOf(
                            unmatched.get(0)) == cmd.getParseResult().originalArgs().size() - unmatched.size();
            if (unknownCommand) {
                message = "unknown command '" + unmatched.get(0) + "'";
            }
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + String.join(" or ", suggestions.subList(0,
                        Math.min(3, suggestions.size()))) + "?";
            }
        }
        cmd.getErr().println(prefix(cmd) + oneLine(message) + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        int code;
        if (e instanceof BankException b) {
            List<Problem> problems = b.problems();
            int more = problems.size() - 1;
            err.println(prefix(cmd) + oneLine(problems.get(0).toString()) + (more == 0 ? ""
                    : " (and " + more + " more problem" + (more == 1 ? "" : "s") + "; 'gru-drill bank check' lists them)"));
            code = ExitCodes.BAD_DATA;
        } else if (e instanceof CliException c) {
            err.println(prefix(cmd) + oneLine(c.getMessage()));
            code = c.exitCode();
        } else if (e instanceof NotFoundException) {
            err.println(prefix(cmd) + oneLine(e.getMessage()));
            code = ExitCodes.NOT_FOUND;
        } else if (e instanceof SpecException) {
            err.println(prefix(cmd) + oneLine(e.getMessage()));
            code = ExitCodes.USAGE;
        } else if (e instanceof AmbiguousNumberException || e instanceof InputError) {
            err.println(prefix(cmd) + oneLine(e.getMessage()));
            code = ExitCodes.USAGE;
        } else if (e instanceof StoreException) {
            err.println(prefix(cmd) + oneLine(e.getMessage()));
            code = ExitCodes.BAD_DATA;
        } else {
            err.println(prefix(cmd) + "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                    + " (please report it; GRU_DRILL_DEBUG=1 shows the stack trace)");
            if (context.getenv("GRU_DRILL_DEBUG") != null) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            }
            code = ExitCodes.INTERNAL;
        }
        err.flush();
        return code;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }

    /** Control characters (from a file or the user) are shown escaped, never sent to the terminal raw. */
    static String oneLine(String message) {
        String flat = message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return SafeText.escape(flat).replaceAll(" {2,}", " ").strip();
    }
}
