package dev.grudrill.drill;

import dev.grudrill.gru.Cell;
import dev.grudrill.gru.Convention;
import dev.grudrill.gru.GruCell;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.ParamSpec;
import dev.grudrill.gru.ParameterCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * Generates practice problems whose answers come from the GRU calculators: parameter counts
 * ({@link ParameterCount}), tensor shapes (its tensor list) and one cell step ({@link GruCell}).
 * Everything random is drawn from the {@link SplittableRandom} given, so a seed reproduces a problem.
 */
public final class PracticeGenerator {
    private static final int[] INPUTS = {8, 10, 16, 20, 24, 32, 50, 64, 100, 128};
    private static final int[] HIDDEN = {16, 20, 32, 48, 64, 100, 128};
    private static final double[] WEIGHTS = {-1, -0.5, 0, 0.5, 1};
    private static final double[] BIASES = {-0.5, 0, 0.5};
    private static final double[] INPUT_VALUES = {-1, -0.5, 0.5, 1};
    private static final double[] STATE_VALUES = {-0.5, 0, 0.5};

    private PracticeGenerator() {
    }

    public static PracticeProblem generate(PracticeKind kind, SplittableRandom random) {
        return switch (kind) {
            case PARAMS_GRU -> params(Cell.GRU, random);
            case PARAMS_LSTM -> params(Cell.LSTM, random);
            case SHAPE -> shape(random);
            case STEP_GATES -> step(kind, random.nextBoolean() ? "r" : "z", random);
            case STEP_STATE -> step(kind, random.nextBoolean() ? "n" : "h'", random);
        };
    }

    // ---- parameter counts ----

    private static PracticeProblem params(Cell cell, SplittableRandom random) {
        boolean keras = random.nextInt(10) < 3;
        long input = pick(INPUTS, random);
        long hidden = pick(HIDDEN, random);
        int layers = keras ? 1 : 1 + random.nextInt(3);
        boolean bidirectional = random.nextBoolean();
        ParamSpec spec = new ParamSpec(cell, keras ? Convention.KERAS : Convention.PYTORCH, input, hidden, layers,
                bidirectional, true, 0, null);
        ParameterCount count = ParameterCount.of(spec);
        String layer = keras ? keras(spec) : pytorch(spec);
        List<String> statement = List.of("How many parameters does " + layer + " have?");
        List<String> solution = new ArrayList<>();
        String[] steps = count.formula().split(" = ");
        solution.add(steps[0]);
        for (int i = 1; i < steps.length; i++) {
            solution.add("  = " + steps[i]);
        }
        solution.add(blocks(spec));
        if (layers > 1) {
            solution.add("Layers after the first read " + (bidirectional ? "both directions' outputs, D·H = "
                    + 2 * hidden : "H = " + hidden) + " values, not I.");
        }
        if (bidirectional) {
            solution.add("D = 2: each direction has its own weights.");
        }
        return new PracticeProblem(cell == Cell.GRU ? PracticeKind.PARAMS_GRU : PracticeKind.PARAMS_LSTM, statement,
                statement.get(0), PracticeProblem.AnswerType.COUNT, new long[] {count.total()}, new double[0],
                solution);
    }

    /** e.g. {@code nn.GRU(input_size=32, hidden_size=64, num_layers=2, bidirectional=True)}. */
    static String pytorch(ParamSpec spec) {
        return "nn." + spec.cell().displayName() + "(input_size=" + spec.input() + ", hidden_size=" + spec.hidden()
                + (spec.layers() > 1 ? ", num_layers=" + spec.layers() : "")
                + (spec.bidirectional() ? ", bidirectional=True" : "") + ")";
    }

    private static String keras(ParamSpec spec) {
        String layer = spec.cell().displayName() + "(" + spec.hidden() + ")";
        return "a Keras " + (spec.bidirectional() ? "Bidirectional(" + layer + ")" : layer)
                + " layer on inputs of dimension " + spec.input()
                + (spec.cell() == Cell.GRU ? " (reset_after=True, the default)" : "");
    }

    private static String blocks(ParamSpec spec) {
        String gates = spec.cell() == Cell.GRU ? "3 blocks (r, z, n)" : "4 blocks (i, f, g, o)";
        if (spec.convention() == Convention.PYTORCH) {
            return gates + ", each with H×I input weights, H×H recurrent weights and two bias vectors"
                    + " (PyTorch keeps b_ih and b_hh).";
        }
        return gates + ", each with I×H kernel and H×H recurrent weights; the bias is "
                + (spec.cell() == Cell.GRU ? "(2, 3H): reset_after=True keeps an input and a recurrent bias."
                        : "one vector of 4H in Keras.");
    }

    // ---- shapes ----

    private static PracticeProblem shape(SplittableRandom random) {
        Cell cell = random.nextBoolean() ? Cell.GRU : Cell.LSTM;
        ParamSpec spec = new ParamSpec(cell, Convention.PYTORCH, pick(INPUTS, random), pick(HIDDEN, random),
                1 + random.nextInt(3), random.nextBoolean(), true, 0, null);
        List<ParameterCount.Tensor> tensors = ParameterCount.of(spec).tensors();
        ParameterCount.Tensor tensor = tensors.get(random.nextInt(tensors.size()));
        String question = "What is the shape of " + tensor.name() + " in " + pytorch(spec) + "?";
        return new PracticeProblem(PracticeKind.SHAPE, List.of(question), question, PracticeProblem.AnswerType.SHAPE,
                tensor.shape(), new double[0], shapeSolution(spec, tensor));
    }

    private static List<String> shapeSolution(ParamSpec spec, ParameterCount.Tensor tensor) {
        String name = tensor.name();
        int g = spec.cell().blocks();
        String rows = g + "·H";
        String rowNumbers = g + "·" + spec.hidden();
        String blocks = spec.cell() == Cell.GRU ? "the 3 gate blocks r, z, n" : "the 4 blocks i, f, g, o";
        String symbolic;
        String numbers;
        String why;
        boolean firstLayer = name.contains("_l0");
        if (name.startsWith("bias")) {
            symbolic = "(" + rows + ")";
            numbers = "(" + rowNumbers + ")";
            why = "A bias has one value per row of its weight: " + blocks + " of H each.";
        } else if (name.startsWith("weight_hh")) {
            symbolic = "(" + rows + ", H)";
            numbers = "(" + rowNumbers + ", " + spec.hidden() + ")";
            why = "It maps the previous state (H values) to " + blocks + ", stacked in rows.";
        } else if (firstLayer) {
            symbolic = "(" + rows + ", I)";
            numbers = "(" + rowNumbers + ", " + spec.input() + ")";
            why = "It maps the input (I values) to " + blocks + ", stacked in rows.";
        } else {
            String in = spec.bidirectional() ? "D·H" : "H";
            symbolic = "(" + rows + ", " + in + ")";
            numbers = "(" + rowNumbers + ", " + (spec.bidirectional() ? "2·" : "") + spec.hidden() + ")";
            why = "Layer " + name.replaceAll(".*_l(\\d+).*", "$1") + " reads the layer below: "
                    + (spec.bidirectional() ? "both directions' outputs, D·H values." : "H values.");
        }
        return List.of(name + ": " + symbolic + " = " + numbers + " = " + PracticeProblem.shape(tensor.shape()), why);
    }

    // ---- one cell step ----

    private static PracticeProblem step(PracticeKind kind, String asked, SplittableRandom random) {
        double[][] wIh = matrix(random);
        double[][] wHh = matrix(random);
        double[] bIh = values(BIASES, 6, random);
        double[] bHh = values(BIASES, 6, random);
        double[] x = values(INPUT_VALUES, 2, random);
        double[] h = values(STATE_VALUES, 2, random);
        GruCell.Step step = GruCell.step(new GruWeights(new Array2DRowRealMatrix(wIh), new Array2DRowRealMatrix(wHh),
                new ArrayRealVector(bIh), new ArrayRealVector(bHh)), new ArrayRealVector(x), new ArrayRealVector(h),
                GruCell.Reset.AFTER);
        List<String> gates = switch (asked) {
            case "r" -> List.of("r");
            case "z" -> List.of("z");
            case "n" -> List.of("r", "n");
            default -> List.of("r", "z", "n");
        };
        List<String> statement = new ArrayList<>();
        statement.add("One step of nn.GRUCell(2, 2), PyTorch's form:");
        statement.add("  r = σ(W_ir x + b_ir + W_hr h + b_hr)    z = σ(W_iz x + b_iz + W_hz h + b_hz)");
        statement.add("  n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))    h' = (1 − z) ⊙ n + z ⊙ h");
        statement.add("x = " + vec(x) + "    h = " + vec(h));
        for (String gate : gates) {
            int block = "rzn".indexOf(gate);
            statement.add("W_i" + gate + " = " + mat(wIh, block) + "    b_i" + gate + " = " + vec(bIh, block));
            statement.add("W_h" + gate + " = " + mat(wHh, block) + "    b_h" + gate + " = " + vec(bHh, block));
        }
        String question = "What is " + asked + "? Give its 2 values to 3 decimals.";
        statement.add(question);
        RealVector answer = switch (asked) {
            case "r" -> step.r();
            case "z" -> step.z();
            case "n" -> step.n();
            default -> step.h();
        };
        List<String> solution = new ArrayList<>();
        for (String gate : gates) {
            int block = "rzn".indexOf(gate);
            double[] ix = affine(wIh, block, x);
            double[] hx = affine(wHh, block, h);
            double[] bi = slice(bIh, block);
            double[] bh = slice(bHh, block);
            if (gate.equals("n")) {
                double[] r = step.r().toArray();
                double[] input = {ix[0] + bi[0], ix[1] + bi[1]};
                double[] recurrent = {hx[0] + bh[0], hx[1] + bh[1]};
                double[] pre = {input[0] + r[0] * recurrent[0], input[1] + r[1] * recurrent[1]};
                solution.add("n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))");
                solution.add("  W_in x + b_in = " + vec(ix) + " + " + vec(bi) + " = " + vec(input));
                solution.add("  W_hn h + b_hn = " + vec(hx) + " + " + vec(bh) + " = " + vec(recurrent));
                solution.add("  = tanh(" + vec(input) + " + " + PracticeProblem.vector(r, 3) + " ⊙ " + vec(recurrent)
                        + ")");
                solution.add("  = tanh(" + PracticeProblem.vector(pre, 3) + ") = "
                        + PracticeProblem.vector(step.n().toArray(), 3));
            } else {
                double[] pre = new double[2];
                for (int j = 0; j < 2; j++) {
                    pre[j] = ix[j] + bi[j] + hx[j] + bh[j];
                }
                double[] value = (gate.equals("r") ? step.r() : step.z()).toArray();
                solution.add(gate + " = σ(W_i" + gate + " x + b_i" + gate + " + W_h" + gate + " h + b_h" + gate + ")");
                solution.add("  = σ(" + vec(ix) + " + " + vec(bi) + " + " + vec(hx) + " + " + vec(bh) + ")");
                solution.add("  = σ(" + vec(pre) + ") = " + PracticeProblem.vector(value, 3));
            }
        }
        if (asked.equals("h'")) {
            double[] z = step.z().toArray();
            double[] oneMinusZ = {1 - z[0], 1 - z[1]};
            solution.add("h' = (1 − z) ⊙ n + z ⊙ h");
            solution.add("  = " + PracticeProblem.vector(oneMinusZ, 3) + " ⊙ " + PracticeProblem.vector(
                    step.n().toArray(), 3) + " + " + PracticeProblem.vector(z, 3) + " ⊙ " + vec(h));
            solution.add("  = " + PracticeProblem.vector(step.h().toArray(), 3));
        }
        return new PracticeProblem(kind, statement, question, PracticeProblem.AnswerType.VECTOR, new long[0],
                answer.toArray(), solution);
    }

    /** A 6×2 weight matrix (three 2×2 gate blocks r, z, n) of small values. */
    private static double[][] matrix(SplittableRandom random) {
        double[][] m = new double[6][];
        for (int i = 0; i < 6; i++) {
            m[i] = values(WEIGHTS, 2, random);
        }
        return m;
    }

    private static double[] values(double[] from, int n, SplittableRandom random) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = from[random.nextInt(from.length)];
        }
        return out;
    }

    private static long pick(int[] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
    }

    /** Rows {@code 2·block} and {@code 2·block + 1} of {@code w} times {@code v}. */
    private static double[] affine(double[][] w, int block, double[] v) {
        double[] out = new double[2];
        for (int j = 0; j < 2; j++) {
            out[j] = w[2 * block + j][0] * v[0] + w[2 * block + j][1] * v[1];
        }
        return out;
    }

    private static double[] slice(double[] b, int block) {
        return new double[] {b[2 * block], b[2 * block + 1]};
    }

    private static String mat(double[][] w, int block) {
        return "[" + vec(w[2 * block]) + ", " + vec(w[2 * block + 1]) + "]";
    }

    private static String vec(double[] b, int block) {
        return vec(slice(b, block));
    }

    /** Exact values as short as they go: [0.5, -1, 0.25]. */
    static String vec(double[] v) {
        List<String> parts = new ArrayList<>();
        for (double d : v) {
            String s = String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
            parts.add(s.equals("-0") ? "0" : s);
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
