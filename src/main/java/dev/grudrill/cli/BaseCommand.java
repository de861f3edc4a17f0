package dev.grudrill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Common ground of every command: the injected context, the writers and the exit-code list. */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            " 0:ok",
            " 1:not found (no such question, nothing matched)",
            " 2:usage error (unknown option, bad value)",
            " 3:bad bank or data file (malformed, unreadable, corrupt)",
            " 4:internal error (a bug: please report it)"},
        sortOptions = false, usageHelpAutoWidth = true)
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final Context context;

    BaseCommand(Context context) {
        this.context = context;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A message for the user on stderr, prefixed with the command's name. */
    void message(String text) {
        err().println(spec.qualifiedName() + ": " + ErrorHandler.oneLine(text));
    }

    @Override
    public final Integer call() throws Exception {
        int code = execute();
        out().flush();
        return code;
    }

    /** Runs the command and returns its exit code. Failures are thrown and mapped by {@link ErrorHandler}. */
    abstract int execute() throws Exception;
}
