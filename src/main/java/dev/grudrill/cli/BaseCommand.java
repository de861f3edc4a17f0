package dev.grudrill.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Common ground of every command: its picocli spec (built in code, see {@link Arg}), the injected
 * context, the writers, the standard help and version options and the exit-code list.
 */
abstract class BaseCommand implements Callable<Integer> {
    private static final Map<String, String> EXIT_CODES = exitCodes();

    final Context context;
    final CommandSpec spec;

    BaseCommand(Context context, String name, String header, String... description) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(name);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true).exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(EXIT_CODES).description(description);
        if (header != null) {
            spec.usageMessage().header(header);
        }
    }

    /** Adds -h/--help and -V/--version after the command's own options, where help lists them last. */
    void addStandardOptions() {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** The commands under this one, by name, in the order help lists them; none by default. */
    Map<String, Function<Context, BaseCommand>> subcommands() {
        return Map.of();
    }

    /** Declares an option, e.g. {@code option("--limit").label("N").defaultValue("10").of(Integer.class)}. */
    Arg.Builder option(String names) {
        return new Arg.Builder(spec, names, false);
    }

    /** Declares an option without a value. */
    Arg<Boolean> flag(String names, String description) {
        return option(names).description(description).defaultValue("false").of(Boolean.class);
    }

    /** Declares the positional parameters. */
    Arg.Builder parameters(String label) {
        return new Arg.Builder(spec, label, true).label(label);
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

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" 0", "ok");
        codes.put(" 1", "not found (no such question, nothing matched)");
        codes.put(" 2", "usage error (unknown option, bad value)");
        codes.put(" 3", "bad bank or data file (malformed, unreadable, corrupt)");
        codes.put(" 4", "internal error (a bug: please report it)");
        return codes;
    }
}
