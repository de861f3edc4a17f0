package dev.grudrill.cli;

import static dev.grudrill.gru.ParameterCount.grouped;

import dev.grudrill.gru.Cell;
import dev.grudrill.gru.ComputeCost;
import dev.grudrill.gru.SpecException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class CalcFlopsCommand extends BaseCommand {

    private static final List<Cell> CELLS = List.of(Cell.GRU, Cell.LSTM, Cell.RNN);

    private final CostOptions sizes = new CostOptions(this);

    private final ReportOutput output = new ReportOutput(this);


    CalcFlopsCommand(Context context) {
        super(context, "flops", "Multiply-adds per step and sequence: GRU vs LSTM vs RNN.",
                "Multiply-adds of a GRU vs an LSTM vs a tanh RNN, per step and per sequence: the matrix products "
                + "g·H·(X + H) per layer and direction (g = 3, 4, 1; X = I, then D·H), their sequential recurrent "
                + "part g·H·H, and the element-wise work counted apart (per unit and step: GRU 13 adds/multiplies "
                + "+ 3 activations, LSTM 16 + 5, RNN 3 + 1). FLOPs ≈ 2 × MACs.");
    }

    private record Row(Cell cell, long macs, long recurrent, long elementwise, long activations, long sequenceMacs,
            long sequenceElementwise, long sequenceActivations) {
    }

    @Override
    int execute() {
        sizes.check();
        List<Row> rows = new ArrayList<>();
        try {
            for (Cell cell : CELLS) {
                long macs = ComputeCost.macsPerStep(cell, sizes.input.get(), sizes.hidden.get(), sizes.layers.get(), sizes.bidirectional.get());
                long recurrent = ComputeCost.recurrentMacsPerStep(cell, sizes.input.get(), sizes.hidden.get(), sizes.layers.get(),
                        sizes.bidirectional.get());
                long elementwise = ComputeCost.perUnitPerStep(ComputeCost.elementwisePerUnit(cell), sizes.hidden.get(),
                        sizes.layers.get(), sizes.bidirectional.get());
                long activations = ComputeCost.perUnitPerStep(ComputeCost.activationsPerUnit(cell), sizes.hidden.get(),
                        sizes.layers.get(), sizes.bidirectional.get());
                rows.add(new Row(cell, macs, recurrent, elementwise, activations,
                        ComputeCost.times(macs, sizes.steps.get(), sizes.batch.get()),
                        ComputeCost.times(elementwise, sizes.steps.get(), sizes.batch.get()),
                        ComputeCost.times(activations, sizes.steps.get(), sizes.batch.get())));
            }
        } catch (SpecException e) {
            throw CliException.usage("the counts overflow a long for " + sizes.asOptions());
        }
        if (output.json()) {
            Map<String, Object> doc = sizes.json();
            Map<String, Object> cells = new LinkedHashMap<>();
            for (Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("macsPerStep", r.macs);
                m.put("recurrentMacsPerStep", r.recurrent);
                m.put("elementwisePerStep", r.elementwise);
                m.put("activationsPerStep", r.activations);
                m.put("macsPerSequence", r.sequenceMacs);
                m.put("elementwisePerSequence", r.sequenceElementwise);
                m.put("activationsPerSequence", r.sequenceActivations);
                cells.put(r.cell.label(), m);
            }
            doc.put("cells", cells);
            doc.put("gruToLstm", (double) rows.get(0).macs / rows.get(1).macs);
            Json.print(out(), doc);
            return ExitCodes.OK;
        }
        Screen screen = output.screen(context);
        out().println(screen.bold("Multiply-adds (MACs)") + ", " + sizes.describe());
        out().println();
        out().println("matrix products per step, layer and direction:");
        out().println("  GRU 3·H·(X + H), LSTM 4·H·(X + H), RNN H·(X + H); X = I for layer 0, D·H after");
        out().println("  of which g·H·H (W_hh h_{t−1}) must run step after step");
        out().println();
        Table table = new Table("", ">GRU", ">LSTM", ">RNN");
        table.add(cellsOf(rows, "MACs per step, one sample", Row::macs));
        table.add(cellsOf(rows, "  of which recurrent (sequential)", Row::recurrent));
        table.add(cellsOf(rows, "element-wise adds/multiplies", Row::elementwise));
        table.add(cellsOf(rows, "activations (σ, tanh)", Row::activations));
        table.add(cellsOf(rows, "MACs per sequence × batch", Row::sequenceMacs));
        table.add(cellsOf(rows, "element-wise per sequence × batch", Row::sequenceElementwise));
        table.text("  ", screen::bold).forEach(out()::println);
        out().println();
        out().println(String.format(Locale.ROOT, "GRU / LSTM MACs = %.3f; FLOPs ≈ 2 × MACs",
                (double) rows.get(0).macs / rows.get(1).macs));
        return ExitCodes.OK;
    }

    private static String[] cellsOf(List<Row> rows, String label, java.util.function.ToLongFunction<Row> value) {
        List<String> cells = new ArrayList<>(List.of(label));
        rows.forEach(r -> cells.add(grouped(value.applyAsLong(r))));
        return cells.toArray(String[]::new);
    }
}
