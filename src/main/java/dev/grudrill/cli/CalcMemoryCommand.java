package dev.grudrill.cli;

import static dev.grudrill.gru.ParameterCount.grouped;

import dev.grudrill.gru.Cell;
import dev.grudrill.gru.ComputeCost;
import dev.grudrill.gru.Convention;
import dev.grudrill.gru.ParamSpec;
import dev.grudrill.gru.ParameterCount;
import dev.grudrill.gru.SpecException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class CalcMemoryCommand extends BaseCommand {

    private static final List<Cell> CELLS = List.of(Cell.GRU, Cell.LSTM);

    private final CostOptions sizes = new CostOptions(this);

    private final ReportOutput output = new ReportOutput(this);


    CalcMemoryCommand(Context context) {
        super(context, "memory", "Activation memory kept for training: GRU vs LSTM.",
                "Activation memory a GRU and an LSTM keep for training (the backward pass), per step, "
                + "sample, layer and direction, each tensor counted once as PyTorch's fused CUDA cells keep "
                + "them: GRU 6·H (the 5H workspace r, z, n, W_hn h + b_hn and a copy of h_{t−1}, plus the output "
                + "h_t), LSTM 6·H (the 4H gate workspace, the cell state c_t, which is also the next step's "
                + "c_{t−1}, and h_t); times T, batch, L and D; in float32 and float64 bytes. Weights, gradients, "
                + "optimiser state and the input tensor are not counted as activations.");
    }

    @Override
    int execute() {
        sizes.check();
        long[] values = new long[CELLS.size()];
        long[] parameters = new long[CELLS.size()];
        try {
            for (int i = 0; i < CELLS.size(); i++) {
                Cell cell = CELLS.get(i);
                long perStep = ComputeCost.perUnitPerStep(ComputeCost.keptPerUnit(cell), sizes.hidden.get(), sizes.layers.get(),
                        sizes.bidirectional.get());
                values[i] = ComputeCost.times(perStep, sizes.steps.get(), sizes.batch.get());
                ComputeCost.times(values[i], 8, 1);
                parameters[i] = ParameterCount.of(new ParamSpec(cell, Convention.PYTORCH, sizes.input.get(), sizes.hidden.get(),
                        sizes.layers.get(), sizes.bidirectional.get(), true, 0, null)).total();
            }
        } catch (SpecException e) {
            throw CliException.usage("the counts overflow a long for " + sizes.asOptions());
        }
        if (output.json()) {
            Map<String, Object> doc = sizes.json();
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < CELLS.size(); i++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("keptPerUnitPerStep", ComputeCost.keptPerUnit(CELLS.get(i)));
                m.put("values", values[i]);
                m.put("float32Bytes", values[i] * 4);
                m.put("float64Bytes", values[i] * 8);
                m.put("parameters", parameters[i]);
                cells.put(CELLS.get(i).label(), m);
            }
            doc.put("cells", cells);
            doc.put("gruToLstm", (double) values[0] / values[1]);
            Json.print(out(), doc);
            return ExitCodes.OK;
        }
        Screen screen = output.screen(context);
        out().println(screen.bold("Activation memory kept for training"));
        out().println(sizes.describe());
        out().println();
        out().println("kept per step, sample, layer and direction:");
        out().println("  GRU   6·H: r, z, n, W_hn h_{t−1} + b_hn, copy of h_{t−1} (fused cell) + h_t");
        out().println("  LSTM  6·H: i, f, g, o (fused cell) + c_t (the next step's c_{t−1}) + h_t");
        out().println("total = per step × T × batch × L × D");
        out().println();
        Table table = new Table("", ">values", ">float32", ">float64", ">parameters (not counted)");
        for (int i = 0; i < CELLS.size(); i++) {
            table.add(CELLS.get(i).displayName(), grouped(values[i]), bytes(values[i] * 4), bytes(values[i] * 8),
                    grouped(parameters[i]));
        }
        table.text("  ", screen::bold).forEach(out()::println);
        out().println();
        out().println("GRU / LSTM = " + Numbers.decimals((double) values[0] / values[1], 3)
                + " (a GRU saves weights and carried state, not activations)");
        return ExitCodes.OK;
    }

    /** Bytes in binary units: 31.3 MiB. */
    static String bytes(long n) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = n;
        int unit = 0;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[unit]);
    }
}
