package dev.grudrill.cli;

import dev.grudrill.gru.GruSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class CalcGatesCommand extends BaseCommand {

    /** Shades from low to high; each covers a fifth of (0, 1). */
    static final String SHADES = "·░▒▓█";
    private static final String[] COLOURS = {"\u001b[34m", "\u001b[36m", "\u001b[32m", "\u001b[33m", "\u001b[31m"};
    private static final String RESET = "\u001b[0m";
    /** Width of the "  unit  " column before the shades. */
    private static final int PREFIX = 8;

    private final NetworkOptions networkOptions = new NetworkOptions(this);

    private final ReportOutput output = new ReportOutput(this);


    CalcGatesCommand(Context context) {
        super(context, "gates", "Update and reset gates over time, as heatmaps.",
                "Run an nn.GRU over a sequence and draw its update gate z and reset gate r as heatmaps, hidden "
                + "units × time steps, for every layer and direction. JSON gives the matrices (rows = time steps, "
                + "columns = units).");
    }

    @Override
    int execute() {
        NetworkInputs.Run run = NetworkInputs.of(networkOptions);
        GruSequence sequence = run.network().forward(run.xs(), run.h0());
        int directions = networkOptions.directions();
        if (output.json()) {
            List<Map<String, Object>> gates = new ArrayList<>();
            for (int layer = 0; layer < networkOptions.layers.get(); layer++) {
                for (int d = 0; d < directions; d++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("layer", layer);
                    m.put("direction", d == 0 ? "forward" : "reverse");
                    m.put("z", sequence.updateGates(layer, d).getData());
                    m.put("r", sequence.resetGates(layer, d).getData());
                    gates.add(m);
                }
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("gates", gates);
            Json.print(out(), doc);
            return ExitCodes.OK;
        }
        Screen screen = output.screen(context);
        out().println(screen.bold("Gates of " + networkOptions.title()));
        out().println("T = " + sequence.steps() + "; " + run.origin());
        out().println("z near 1 keeps the old state: h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}");
        out().println("r near 0 drops h from n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))");
        for (int layer = 0; layer < networkOptions.layers.get(); layer++) {
            for (int d = 0; d < directions; d++) {
                String where = "layer " + layer + (directions == 2 ? (d == 0 ? " forward" : " reverse") : "");
                heatmap(where + ", update gate z (units × time)", sequence.updateGates(layer, d).getData(), screen);
                heatmap(where + ", reset gate r (units × time)", sequence.resetGates(layer, d).getData(), screen);
            }
        }
        out().println();
        StringBuilder legend = new StringBuilder("  ");
        String[] ranges = {"< 0.2", "0.2–0.4", "0.4–0.6", "0.6–0.8", "≥ 0.8"};
        for (int level = 0; level < SHADES.length(); level++) {
            legend.append(shade(level, screen.colour)).append(' ').append(ranges[level]).append("   ");
        }
        out().println(legend.toString().stripTrailing());
        return ExitCodes.OK;
    }

    /** One gate (a row per step), drawn with a row per hidden unit and a column per step, in blocks that fit. */
    private void heatmap(String title, double[][] gate, Screen screen) {
        int steps = gate.length;
        int units = gate[0].length;
        int perBlock = Math.max(10, Math.min(steps, (screen.width - PREFIX - 1) / 10 * 10));
        for (int from = 0; from < steps; from += perBlock) {
            int to = Math.min(steps, from + perBlock);
            out().println();
            out().println(title + (steps > perBlock ? ", steps " + from + "–" + (to - 1) : ""));
            out().println(("  unit  " + timeAxis(from, to)).stripTrailing());
            for (int unit = 0; unit < units; unit++) {
                StringBuilder line = new StringBuilder(String.format("  %4d  ", unit));
                for (int t = from; t < to; t++) {
                    line.append(shade(level(gate[t][unit]), screen.colour));
                }
                out().println(line);
            }
        }
    }

    /** Step numbers above their columns: the first step and every tenth. */
    static String timeAxis(int from, int to) {
        char[] axis = new char[to - from + 8];
        java.util.Arrays.fill(axis, ' ');
        int free = 0;
        for (int t = from; t < to; t++) {
            String label = String.valueOf(t);
            int column = t - from;
            if ((t == from || t % 10 == 0) && column >= free) {
                label.getChars(0, label.length(), axis, column);
                free = column + label.length() + 1;
            }
        }
        return new String(axis).stripTrailing();
    }

    static int level(double value) {
        return Math.min(SHADES.length() - 1, Math.max(0, (int) (value * SHADES.length())));
    }

    private static String shade(int level, boolean colour) {
        char c = SHADES.charAt(level);
        return colour ? COLOURS[level] + c + RESET : String.valueOf(c);
    }
}
