package dev.grudrill.cli;

import dev.grudrill.gru.Cell;
import dev.grudrill.gru.Convention;
import dev.grudrill.gru.ParamSpec;
import dev.grudrill.gru.ParameterCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "params", header = "Parameter counts: tensors, shapes, total, formula.",
        description = "Count the parameters of a GRU (or LSTM, RNN, MGU, minGRU): every tensor with its framework name "
            + "and shape, the total and the closed formula. Lists of sizes (--hidden 64,128,256) print a sweep "
            + "table; --compare puts the cells side by side.")
final class CalcParamsCommand extends BaseCommand {
    enum CellName { gru, lstm, rnn, mgu, mingru }

    enum ConventionName { pytorch, keras, cho }

    enum Format { text, json, markdown, csv }

    private static final List<Cell> COMPARED = List.of(Cell.GRU, Cell.LSTM, Cell.RNN, Cell.MGU, Cell.MINGRU);

    @Option(names = "--cell", paramLabel = "CELL", defaultValue = "gru",
            description = "Cell: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CellName cell;

    @Option(names = "--input", paramLabel = "I", split = ",", required = true,
            description = "Input size, or a comma list for a sweep.")
    List<Long> inputs;

    @Option(names = "--hidden", paramLabel = "H", split = ",", required = true,
            description = "Hidden size (Keras: units), or a comma list.")
    List<Long> hiddens;

    @Option(names = "--layers", paramLabel = "L", split = ",", defaultValue = "1",
            description = "Stacked layers, or a comma list (default: 1).")
    List<Integer> layerCounts;

    @Option(names = "--bidirectional", description = "Two directions per layer, each with its own weights.")
    boolean bidirectional;

    @Option(names = "--no-bias", description = "No bias vectors (PyTorch bias=False, Keras use_bias=False).")
    boolean noBias;

    @Option(names = "--proj-size", paramLabel = "P", defaultValue = "0",
            description = "LSTM projection size (PyTorch proj_size; LSTM only).")
    long projSize;

    @Option(names = "--convention", paramLabel = "NAME",
            description = "Layout: ${COMPLETION-CANDIDATES}. pytorch: two bias vectors per gate; keras: kernel/recurrent_kernel/bias, one bias (GRU reset_after: two); cho: the papers' one bias per gate. Default: pytorch, and cho for mgu and mingru (no framework has them).")
    ConventionName convention;

    @Option(names = "--reset-after", paramLabel = "BOOL", arity = "0..1", fallbackValue = "true",
            description = "Keras GRU reset_after (default true: bias of shape (2, 3H)).")
    Boolean resetAfter;

    @Option(names = "--compare", description = "GRU, LSTM, RNN, MGU and minGRU side by side, with ratios to GRU.")
    boolean compare;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ColorOptions colorOptions;

    CalcParamsCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        Cell chosen = Cell.valueOf(cell.name().toUpperCase(Locale.ROOT));
        Convention conv = convention == null ? ParamSpec.naturalConvention(chosen)
                : Convention.valueOf(convention.name().toUpperCase(Locale.ROOT));
        if (compare && projSize != 0) {
            throw CliException.usage("--proj-size is LSTM-only and cannot be compared across cells");
        }
        ParamSpec base = new ParamSpec(chosen, conv, inputs.get(0), hiddens.get(0), layerCounts.get(0),
                bidirectional, !noBias, projSize, resetAfter);
        List<ParamSpec> sweep = new ArrayList<>();
        for (long i : inputs) {
            for (long h : hiddens) {
                for (int l : layerCounts) {
                    sweep.add(base.withSizes(i, h, l));
                }
            }
        }
        Screen screen = Screen.of(context, colorOptions);
        if (sweep.size() > 1) {
            printSweep(sweep, screen);
        } else if (compare) {
            printComparison(base, screen);
        } else {
            printCount(ParameterCount.of(base), screen);
        }
        return ExitCodes.OK;
    }

    private void printCount(ParameterCount count, Screen screen) {
        if (format == Format.json) {
            Map<String, Object> doc = header(count.spec());
            doc.put("total", count.total());
            doc.put("tensors", count.tensors().stream().map(t -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", t.name());
                m.put("shape", t.shape());
                m.put("count", t.count());
                return m;
            }).toList());
            doc.put("formula", count.formula());
            Json.print(out(), doc);
            return;
        }
        Table table = new Table("tensor", "shape", ">count");
        for (ParameterCount.Tensor t : count.tensors()) {
            table.add(t.name(), shape(t.shape()), number(t.count()));
        }
        table.add("total", "", number(count.total()));
        if (format == Format.text) {
            out().println(screen.bold(title(count.spec())) + ": " + number(count.total()) + " parameters");
            out().println();
            String[] sides = count.formula().split(" = ");
            out().println("  " + sides[0]);
            for (int i = 1; i < sides.length; i++) {
                out().println("    = " + sides[i]);
            }
            out().println();
        }
        print(table, screen);
    }

    private void printComparison(ParamSpec base, Screen screen) {
        long gru = ParameterCount.of(base.withCell(Cell.GRU)).total();
        List<Map<String, Object>> cells = new ArrayList<>();
        Table table = new Table("cell", "convention", ">parameters", ">vs GRU", "formula");
        for (Cell c : COMPARED) {
            ParameterCount count = ParameterCount.of(base.withCell(c));
            double ratio = (double) count.total() / gru;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cell", c.label());
            m.put("convention", count.spec().convention().label());
            m.put("total", count.total());
            m.put("ratioToGru", ratio);
            m.put("formula", count.formula());
            cells.add(m);
            String formula = count.formula();
            table.add(c.displayName(), count.spec().convention().label(), number(count.total()),
                    String.format(Locale.ROOT, "%.3f", ratio), formula.substring(0, formula.indexOf(" = ")));
        }
        if (format == Format.json) {
            Map<String, Object> doc = header(base);
            doc.remove("cell");
            doc.put("cells", cells);
            Json.print(out(), doc);
            return;
        }
        if (format == Format.text) {
            out().println(screen.bold("Parameters side by side") + " for " + sizes(base)
                    + " (MGU and minGRU in their papers' one-bias form)");
            out().println();
        }
        print(table, screen);
    }

    private void printSweep(List<ParamSpec> sweep, Screen screen) {
        List<Cell> cells = compare ? COMPARED : List.of(sweep.get(0).cell());
        List<String> headers = new ArrayList<>(List.of(">I", ">H", ">L"));
        cells.forEach(c -> headers.add(">" + c.displayName()));
        Table table = new Table(headers.toArray(String[]::new));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParamSpec s : sweep) {
            List<String> row = new ArrayList<>(List.of(number(s.input()), number(s.hidden()), number(s.layers())));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("input", s.input());
            json.put("hidden", s.hidden());
            json.put("layers", s.layers());
            Map<String, Object> totals = new LinkedHashMap<>();
            for (Cell c : cells) {
                long total = ParameterCount.of(compare ? s.withCell(c) : s).total();
                row.add(number(total));
                totals.put(c.label(), total);
            }
            if (compare) {
                json.put("totals", totals);
            } else {
                json.put("total", totals.values().iterator().next());
            }
            rows.add(json);
            table.add(row.toArray(String[]::new));
        }
        if (format == Format.json) {
            Map<String, Object> doc = header(sweep.get(0));
            doc.remove("input");
            doc.remove("hidden");
            doc.remove("layers");
            if (compare) {
                doc.remove("cell");
                doc.put("cells", cells.stream().map(Cell::label).toList());
            }
            doc.put("rows", rows);
            Json.print(out(), doc);
            return;
        }
        if (format == Format.text) {
            ParamSpec first = sweep.get(0);
            String what = compare ? "GRU, LSTM, RNN, MGU and minGRU" : first.cell().displayName();
            out().println(screen.bold(what + " parameters") + " (" + first.convention().label() + " convention"
                    + (first.bidirectional() ? ", bidirectional" : "") + (first.bias() ? "" : ", no bias") + ")");
            if (compare) {
                out().println("MGU and minGRU in their papers' one-bias form");
            }
            out().println();
        }
        print(table, screen);
    }

    private void print(Table table, Screen screen) {
        List<String> lines = switch (format) {
            case markdown -> table.markdown();
            case csv -> table.csv();
            default -> table.text("  ", screen::bold);
        };
        lines.forEach(out()::println);
    }

    private Map<String, Object> header(ParamSpec s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", Json.SCHEMA_VERSION);
        doc.put("cell", s.cell().label());
        doc.put("convention", s.convention().label());
        doc.put("input", s.input());
        doc.put("hidden", s.hidden());
        doc.put("layers", s.layers());
        doc.put("bidirectional", s.bidirectional());
        doc.put("bias", s.bias());
        if (s.projSize() > 0) {
            doc.put("projSize", s.projSize());
        }
        if (s.cell() == Cell.GRU && s.convention() == Convention.KERAS) {
            doc.put("resetAfter", s.resetAfterOrDefault());
        }
        return doc;
    }

    /** What was counted, in the framework's own words: {@code nn.GRU(input_size=10, hidden_size=20)}. */
    static String title(ParamSpec s) {
        return switch (s.convention()) {
            case PYTORCH -> "nn." + s.cell().displayName() + "(input_size=" + s.input() + ", hidden_size=" + s.hidden()
                    + (s.layers() > 1 ? ", num_layers=" + s.layers() : "") + (s.bias() ? "" : ", bias=False")
                    + (s.bidirectional() ? ", bidirectional=True" : "")
                    + (s.projSize() > 0 ? ", proj_size=" + s.projSize() : "") + ")";
            case KERAS -> {
                String layer = (s.cell() == Cell.RNN ? "SimpleRNN" : s.cell().displayName()) + "(" + s.hidden()
                        + (s.bias() ? "" : ", use_bias=False")
                        + (s.cell() == Cell.GRU && !s.resetAfterOrDefault() ? ", reset_after=False" : "") + ")";
                yield "Keras " + (s.bidirectional() ? "Bidirectional(" + layer + ")" : layer)
                        + (s.layers() > 1 ? " ×" + s.layers() + " stacked" : "") + " on input dim " + s.input();
            }
            case CHO -> s.cell().displayName() + switch (s.cell()) {
                case MGU -> " (Zhou et al. 2016)";
                case MINGRU -> " (Feng et al. 2024)";
                default -> "";
            } + " in the papers' form, one bias per gate, " + sizes(s);
        };
    }

    private static String sizes(ParamSpec s) {
        return "I = " + s.input() + ", H = " + s.hidden() + (s.layers() > 1 ? ", L = " + s.layers() : "")
                + (s.bidirectional() ? ", bidirectional" : "") + (s.bias() ? "" : ", no bias");
    }

    private String number(long n) {
        return format == Format.csv ? Long.toString(n) : ParameterCount.grouped(n);
    }

    private static String shape(long[] shape) {
        return "(" + String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList()) + ")";
    }
}
