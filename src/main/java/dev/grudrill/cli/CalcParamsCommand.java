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

final class CalcParamsCommand extends BaseCommand {
    enum CellName { gru, lstm, rnn, mgu, mingru }

    enum ConventionName { pytorch, keras, cho }

    enum Format { text, json, markdown, csv }

    private static final List<Cell> COMPARED = List.of(Cell.GRU, Cell.LSTM, Cell.RNN, Cell.MGU, Cell.MINGRU);

    private final Arg<CellName> cell = option("--cell").label("CELL").defaultValue("gru")
            .description("Cell: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(CellName.class);

    private final Arg<List<Long>> inputs = option("--input").label("I").split(",").required()
            .description("Input size, or a comma list for a sweep.").listOf(Long.class);

    private final Arg<List<Long>> hiddens = option("--hidden").label("H").split(",").required()
            .description("Hidden size (Keras: units), or a comma list.").listOf(Long.class);

    private final Arg<List<Integer>> layerCounts = option("--layers").label("L").split(",").defaultValue("1")
            .description("Stacked layers, or a comma list (default: 1).").listOf(Integer.class);

    private final Arg<Boolean> bidirectional = flag("--bidirectional", "Two directions per layer, each with its own weights.");

    private final Arg<Boolean> noBias = flag("--no-bias", "No bias vectors (PyTorch bias=False, Keras use_bias=False).");

    private final Arg<Long> projSize = option("--proj-size").label("P").defaultValue("0")
            .description("LSTM projection size (PyTorch proj_size; LSTM only).").of(Long.class);

    private final Arg<ConventionName> convention = option("--convention").label("NAME")
            .description("Layout: ${COMPLETION-CANDIDATES}. pytorch: two bias vectors per gate; keras: kernel/recurrent_kernel/bias, one bias (GRU reset_after: two); cho: the papers' one bias per gate. Default: pytorch, and cho for mgu and mingru (no framework has them).").of(ConventionName.class);

    private final Arg<Boolean> resetAfter = option("--reset-after").label("BOOL").arity("0..1").fallback("true")
            .description("Keras GRU reset_after (default true: bias of shape (2, 3H)).").of(Boolean.class);

    private final Arg<Boolean> compare = flag("--compare", "GRU, LSTM, RNN, MGU and minGRU side by side, with ratios to GRU.");

    private final Arg<Format> format = option("--format").label("FORMAT").defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(Format.class);

    private final ColorOptions colorOptions = new ColorOptions(this);

    CalcParamsCommand(Context context) {
        super(context, "params", "Parameter counts: tensors, shapes, total, formula.",
                "Count the parameters of a GRU (or LSTM, RNN, MGU, minGRU): every tensor with its framework name "
                + "and shape, the total and the closed formula. Lists of sizes (--hidden 64,128,256) print a sweep "
                + "table; --compare puts the cells side by side.");
    }

    @Override
    int execute() {
        Cell chosen = Cell.valueOf(cell.get().name().toUpperCase(Locale.ROOT));
        Convention conv = convention.get() == null ? ParamSpec.naturalConvention(chosen)
                : Convention.valueOf(convention.get().name().toUpperCase(Locale.ROOT));
        if (compare.get() && projSize.get() != 0) {
            throw CliException.usage("--proj-size is LSTM-only and cannot be compared across cells");
        }
        ParamSpec base = new ParamSpec(chosen, conv, inputs.get().get(0), hiddens.get().get(0), layerCounts.get().get(0),
                bidirectional.get(), !noBias.get(), projSize.get(), resetAfter.get());
        List<ParamSpec> sweep = new ArrayList<>();
        for (long i : inputs.get()) {
            for (long h : hiddens.get()) {
                for (int l : layerCounts.get()) {
                    sweep.add(base.withSizes(i, h, l));
                }
            }
        }
        Screen screen = Screen.of(context, colorOptions);
        if (sweep.size() > 1) {
            printSweep(sweep, screen);
        } else if (compare.get()) {
            printComparison(base, screen);
        } else {
            printCount(ParameterCount.of(base), screen);
        }
        return ExitCodes.OK;
    }

    private void printCount(ParameterCount count, Screen screen) {
        if (format.get() == Format.json) {
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
        if (format.get() == Format.text) {
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
        if (format.get() == Format.json) {
            Map<String, Object> doc = header(base);
            doc.remove("cell");
            doc.put("cells", cells);
            Json.print(out(), doc);
            return;
        }
        if (format.get() == Format.text) {
            out().println(screen.bold("Parameters side by side") + " for " + sizes(base)
                    + " (MGU and minGRU in their papers' one-bias form)");
            out().println();
        }
        print(table, screen);
    }

    private void printSweep(List<ParamSpec> sweep, Screen screen) {
        List<Cell> cells = compare.get() ? COMPARED : List.of(sweep.get(0).cell());
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
                long total = ParameterCount.of(compare.get() ? s.withCell(c) : s).total();
                row.add(number(total));
                totals.put(c.label(), total);
            }
            if (compare.get()) {
                json.put("totals", totals);
            } else {
                json.put("total", totals.values().iterator().next());
            }
            rows.add(json);
            table.add(row.toArray(String[]::new));
        }
        if (format.get() == Format.json) {
            Map<String, Object> doc = header(sweep.get(0));
            doc.remove("input");
            doc.remove("hidden");
            doc.remove("layers");
            if (compare.get()) {
                doc.remove("cell");
                doc.put("cells", cells.stream().map(Cell::label).toList());
            }
            doc.put("rows", rows);
            Json.print(out(), doc);
            return;
        }
        if (format.get() == Format.text) {
            ParamSpec first = sweep.get(0);
            String what = compare.get() ? "GRU, LSTM, RNN, MGU and minGRU" : first.cell().displayName();
            out().println(screen.bold(what + " parameters") + " (" + first.convention().label() + " convention"
                    + (first.bidirectional() ? ", bidirectional" : "") + (first.bias() ? "" : ", no bias") + ")");
            if (compare.get()) {
                out().println("MGU and minGRU in their papers' one-bias form");
            }
            out().println();
        }
        print(table, screen);
    }

    private void print(Table table, Screen screen) {
        List<String> lines = switch (format.get()) {
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
        return format.get() == Format.csv ? Long.toString(n) : ParameterCount.grouped(n);
    }

    private static String shape(long[] shape) {
        return "(" + String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList()) + ")";
    }
}
