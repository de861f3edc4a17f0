package dev.grudrill.cli;

import dev.grudrill.gru.GradientCheck;
import dev.grudrill.gru.GruBackward;
import dev.grudrill.gru.GruGradients;
import dev.grudrill.gru.GruNetwork;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.Loss;
import dev.grudrill.gru.SpecException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;

final class CalcBackwardCommand extends BaseCommand {

    /** A check above this relative error means the backward pass is wrong. */
    static final double CHECK_LIMIT = 1e-6;

    /** Tensors with more entries are summarised in the text output; JSON always has them all. */
    static final int PRINTED_ENTRIES = 64;

    private final NetworkOptions networkOptions = new NetworkOptions(this);

    private final Arg<Path> target = option("--target").label("FILE.json")
            .description("Target output, T rows of D·H numbers: the loss becomes mean((output − target)²).").of(Path.class);

    private final Arg<Boolean> check = flag("--check", "Compare with central finite differences and print the largest relative error |a − n| / max(F, |a| + |n|), F = max(1e-8, 1e7·ulp(loss)/ε) above the rounding noise; exit 4 if it is above 1e-6.");

    private final ReportOutput output = new ReportOutput(this);


    CalcBackwardCommand(Context context) {
        super(context, "backward", "Backpropagation through time: every gradient, --check.",
                "Backpropagation through time for an nn.GRU (batch 1): the gradient of the loss for every weight "
                + "tensor (state_dict names), h0 and the inputs. Loss: the sum of every output value, or with "
                + "--target the mean squared error (F.mse_loss). --check compares with finite differences.");
    }

    @Override
    int execute() {
        NetworkInputs.Run run = NetworkInputs.of(networkOptions);
        Loss loss = loss(run);
        GruGradients grads = GruBackward.gradients(run.network().forward(run.xs(), run.h0()), loss);
        GradientCheck.Result result = check.get() ? GradientCheck.run(run.network(), run.xs(), run.h0(), loss) : null;
        Map<String, Object> tensors = gradientTensors(run.network(), grads);
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("loss", grads.loss());
            doc.put("grads", tensors);
            if (result != null) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("maxRelativeError", result.maxRelativeError());
                c.put("floor", result.floor());
                c.put("at", result.worst());
                c.put("entries", result.entries());
                c.put("ok", result.maxRelativeError() <= CHECK_LIMIT);
                doc.put("check", c);
            }
            Json.print(out(), doc);
        } else {
            printText(run, grads, tensors, result, output.screen(context));
        }
        return result != null && result.maxRelativeError() > CHECK_LIMIT ? ExitCodes.INTERNAL : ExitCodes.OK;
    }

    private Loss loss(NetworkInputs.Run run) {
        if (target.get() == null) {
            return Loss.sum();
        }
        TensorFile file = TensorFile.read(target.get());
        RealMatrix m = file.matrix("target");
        int width = networkOptions.directions() * networkOptions.hidden.get();
        if (m.getRowDimension() != run.xs().getRowDimension() || m.getColumnDimension() != width) {
            throw file.problem("target has shape (" + m.getRowDimension() + ", " + m.getColumnDimension()
                    + "); expected (T, D·H) = (" + run.xs().getRowDimension() + ", " + width + ")");
        }
        try {
            return Loss.meanSquaredError(m);
        } catch (SpecException e) {
            throw file.problem(e.getMessage());
        }
    }

    /** Every gradient by name, in state_dict order, then h0 and xs; matrices as rows, vectors as lists. */
    private Map<String, Object> gradientTensors(GruNetwork network, GruGradients grads) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int layer = 0; layer < network.layers(); layer++) {
            for (int d = 0; d < network.directions(); d++) {
                String s = GruNetwork.suffix(layer, d);
                GruWeights g = grads.weights(layer, d);
                out.put("weight_ih" + s, g.weightIh().getData());
                out.put("weight_hh" + s, g.weightHh().getData());
                out.put("bias_ih" + s, g.biasIh().toArray());
                out.put("bias_hh" + s, g.biasHh().toArray());
            }
        }
        out.put("h0", grads.h0().getData());
        out.put("xs", grads.xs().getData());
        return out;
    }

    private void printText(NetworkInputs.Run run, GruGradients grads, Map<String, Object> tensors,
            GradientCheck.Result result, Screen screen) {
        out().println(screen.bold("Backpropagation through time") + " in " + networkOptions.title() + ", T = "
                + run.xs().getRowDimension());
        out().println(run.origin());
        out().println();
        out().println(target.get() == null ? "loss = Σ output (every value of every step)"
                : "loss = mean((output − target)²) over all T·D·H values, target from " + target.get());
        out().println("  = " + Numbers.fixed(grads.loss()));
        out().println();
        out().println("Per step, from δ = ∂loss/∂h_t and the values kept by the forward pass:");
        out().println("  δa_n = δ ⊙ (1 − z) ⊙ (1 − n²)          δa_z = δ ⊙ (h_{t−1} − n) ⊙ z ⊙ (1 − z)");
        out().println("  δa_r = δa_n ⊙ (W_hn h_{t−1} + b_hn) ⊙ r ⊙ (1 − r)");
        out().println("  ∂loss/∂h_{t−1} = δ ⊙ z + W_hhᵀ [δa_r; δa_z; δa_n ⊙ r]");
        out().println("  ∂loss/∂x_t = W_ihᵀ [δa_r; δa_z; δa_n]");
        out().println("  ∂W_ih += [δa_r; δa_z; δa_n] x_tᵀ     ∂W_hh += [δa_r; δa_z; δa_n ⊙ r] h_{t−1}ᵀ");
        out().println();
        Table table = new Table("gradient", "shape", ">‖g‖ (Frobenius)", ">max |g|");
        for (Map.Entry<String, Object> e : tensors.entrySet()) {
            double[][] m = asRows(e.getValue());
            table.add(e.getKey(), shape(e.getValue()), Numbers.scientific(frobenius(m)),
                    Numbers.scientific(maxAbs(m)));
        }
        table.text("  ", screen::bold).forEach(out()::println);
        for (Map.Entry<String, Object> e : tensors.entrySet()) {
            double[][] m = asRows(e.getValue());
            out().println();
            if (m.length * m[0].length > PRINTED_ENTRIES) {
                out().println(e.getKey() + " " + shape(e.getValue()) + ": " + m.length * m[0].length
                        + " values, see --format json");
                continue;
            }
            out().println(e.getKey() + " " + shape(e.getValue()) + ":");
            for (double[] row : m) {
                Numbers.vector("  ", row, screen.width).forEach(out()::println);
            }
        }
        if (result != null) {
            out().println();
            boolean ok = result.maxRelativeError() <= CHECK_LIMIT;
            out().println("check against finite differences (4th-order central, ε = 1e-3), " + result.entries()
                    + " entries:");
            out().println("  largest relative error |a − n| / max(F, |a| + |n|) = "
                    + Numbers.scientific(result.maxRelativeError()));
            out().println("  F = max(1e-8, 1e7·ulp(loss)/ε) = " + Numbers.scientific(result.floor()));
            out().println("  at " + result.worst() + ": " + (ok ? "ok, below 1e-6" : "ABOVE 1e-6, the backward pass is wrong"));
        }
    }

    private static double[][] asRows(Object value) {
        return value instanceof double[][] m ? m : new double[][] {(double[]) value};
    }

    private static String shape(Object value) {
        return value instanceof double[][] m ? "(" + m.length + ", " + m[0].length + ")"
                : "(" + ((double[]) value).length + ")";
    }

    private static double frobenius(double[][] m) {
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    private static double maxAbs(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

}
