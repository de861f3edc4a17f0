package dev.grudrill.gru;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact parameter count of a recurrent network: every tensor with its framework name and shape,
 * the total, and the closed formula with the numbers substituted. Pure {@code long} arithmetic; a
 * count beyond {@link Long#MAX_VALUE} is a {@link SpecException}, never a wrong number.
 *
 * <p>Per direction of layer l, with input size X (I for l = 0, D·H after; D·P with an LSTM projection):
 * <ul>
 *   <li>GRU, LSTM, RNN, MGU: {@code g·H·(X + H + b)} with g = 3, 4, 1, 2 blocks and b bias vectors:
 *       2 in PyTorch and in Keras' GRU with {@code reset_after=True}, 1 in Keras otherwise and in the
 *       papers' form (cho), 0 without bias;</li>
 *   <li>minGRU: {@code 2·H·(X + 1)}, two Linear layers on x (Feng et al. 2024);</li>
 *   <li>PyTorch LSTM with projection P: {@code 4·H·X + 4·H·P + 8·H + P·H}.</li>
 * </ul>
 * The total is {@code D·[f(I) + (L − 1)·f(D·H)]}.
 *
 * @param spec    what was counted
 * @param tensors every tensor, in the framework's order (PyTorch: {@code named_parameters()})
 * @param total   the sum of the tensors' counts
 * @param formula the closed form, e.g. {@code 3·H·(I + H + 2) = 3·20·(10 + 20 + 2) = 1,920}
 */
public record ParameterCount(ParamSpec spec, List<Tensor> tensors, long total, String formula) {

    /**
     * One tensor.
     *
     * @param name  its name in the convention (PyTorch {@code weight_ih_l0}, Keras {@code gru/kernel}, paper {@code W_r})
     * @param shape its dimensions
     * @param count the product of the dimensions
     */
    public record Tensor(String name, long[] shape, long count) {
        public Tensor {
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tensor t && name.equals(t.name) && Arrays.equals(shape, t.shape) && count == t.count;
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(shape);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(shape);
        }
    }

    public ParameterCount {
        tensors = List.copyOf(tensors);
    }

    /** Counts the parameters of {@code spec}. */
    public static ParameterCount of(ParamSpec spec) {
        try {
            List<Tensor> tensors = new ArrayList<>();
            for (int layer = 0; layer < spec.layers(); layer++) {
                for (int direction = 0; direction < spec.directions(); direction++) {
                    tensors.addAll(layerTensors(spec, layer, direction));
                }
            }
            long total = 0;
            for (Tensor t : tensors) {
                total = Math.addExact(total, t.count());
            }
            Formula formula = formula(spec);
            if (formula.value != total) {
                throw new IllegalStateException("closed form " + formula.value + " differs from the tensor sum " + total);
            }
            return new ParameterCount(spec, tensors, total,
                    formula.symbolic + " = " + formula.numbers + " = " + grouped(total));
        } catch (ArithmeticException e) {
            throw new SpecException("the parameter count overflows a long (more than " + grouped(Long.MAX_VALUE)
                    + ") for input " + spec.input() + ", hidden " + spec.hidden() + ", layers " + spec.layers()
                    + (spec.bidirectional() ? ", bidirectional" : ""));
        }
    }

    /** A number with thousands separators: 1,920. */
    public static String grouped(long n) {
        // By hand: a Formatter loads locale data, a tenth of a one-shot command's start-up.
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** The input size of one direction of a layer: I for the first, D·H (or D·P) after. */
    static long layerInput(ParamSpec spec, int layer) {
        if (layer == 0) {
            return spec.input();
        }
        long perDirection = spec.projSize() > 0 ? spec.projSize() : spec.hidden();
        return Math.multiplyExact(spec.directions(), perDirection);
    }

    private static List<Tensor> layerTensors(ParamSpec spec, int layer, int direction) {
        long x = layerInput(spec, layer);
        long h = spec.hidden();
        long gh = Math.multiplyExact(spec.cell().blocks(), h);
        List<Tensor> out = new ArrayList<>();
        switch (spec.convention()) {
            case PYTORCH -> {
                String suffix = "_l" + layer + (direction == 1 ? "_reverse" : "");
                long p = spec.projSize();
                out.add(tensor("weight_ih" + suffix, gh, x));
                out.add(tensor("weight_hh" + suffix, gh, p > 0 ? p : h));
                if (spec.bias()) {
                    out.add(tensor("bias_ih" + suffix, gh));
                    out.add(tensor("bias_hh" + suffix, gh));
                }
                if (p > 0) {
                    out.add(tensor("weight_hr" + suffix, p, h));
                }
            }
            case KERAS -> {
                String base = switch (spec.cell()) {
                    case GRU -> "gru";
                    case LSTM -> "lstm";
                    default -> "simple_rnn";
                };
                String name = (spec.bidirectional() ? (direction == 0 ? "forward_" : "backward_") : "")
                        + base + (layer > 0 ? "_" + layer : "");
                out.add(tensor(name + "/kernel", x, gh));
                out.add(tensor(name + "/recurrent_kernel", h, gh));
                if (spec.bias()) {
                    boolean twoRows = spec.cell() == Cell.GRU && spec.resetAfterOrDefault();
                    out.add(twoRows ? tensor(name + "/bias", 2, gh) : tensor(name + "/bias", gh));
                }
            }
            case CHO -> {
                String prefix = spec.layers() > 1 || spec.bidirectional()
                        ? "l" + layer + (direction == 1 ? "_reverse" : "") + "/" : "";
                if (spec.cell() == Cell.MINGRU) {
                    for (String gate : List.of("z", "h")) {
                        out.add(tensor(prefix + "linear_" + gate + ".weight", h, x));
                        if (spec.bias()) {
                            out.add(tensor(prefix + "linear_" + gate + ".bias", h));
                        }
                    }
                } else {
                    for (String gate : choGates(spec.cell())) {
                        out.add(tensor(prefix + "W" + gate, h, x));
                        out.add(tensor(prefix + "U" + gate, h, h));
                        if (spec.bias()) {
                            out.add(tensor(prefix + "b" + gate, h));
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("unknown convention " + spec.convention());
        }
        return out;
    }

    private static List<String> choGates(Cell cell) {
        return switch (cell) {
            case GRU -> List.of("_r", "_z", "_h");
            case LSTM -> List.of("_i", "_f", "_g", "_o");
            case MGU -> List.of("_f", "_h");
            default -> List.of("");
        };
    }

    private static Tensor tensor(String name, long... shape) {
        long count = 1;
        for (long d : shape) {
            count = Math.multiplyExact(count, d);
        }
        return new Tensor(name, shape, count);
    }

    /** A closed form in letters, the same with numbers, and its value. */
    private record Formula(String symbolic, String numbers, long value) {
    }

    private static Formula formula(ParamSpec spec) {
        boolean proj = spec.projSize() > 0;
        String laterInput = (spec.bidirectional() ? "D·" : "") + (proj ? "P" : "H");
        Formula first = perDirection(spec, "I", spec.input());
        if (spec.layers() == 1 && !spec.bidirectional()) {
            return first;
        }
        String symbolic = first.symbolic;
        String numbers = first.numbers;
        long value = first.value;
        if (spec.layers() > 1) {
            Formula later = perDirection(spec, laterInput, layerInput(spec, 1));
            symbolic += " + (L − 1)·" + later.symbolic;
            numbers += " + " + (spec.layers() - 1) + "·" + later.numbers;
            value = Math.addExact(value, Math.multiplyExact(spec.layers() - 1, later.value));
        }
        if (spec.bidirectional()) {
            boolean bracket = spec.layers() > 1;
            symbolic = "D·" + (bracket ? "[" + symbolic + "]" : symbolic);
            numbers = "2·" + (bracket ? "[" + numbers + "]" : numbers);
            value = Math.multiplyExact(2, value);
        }
        return new Formula(symbolic, numbers, value);
    }

    /** One direction of one layer whose input size is {@code x} (written {@code xName}). */
    private static Formula perDirection(ParamSpec spec, String xName, long x) {
        long h = spec.hidden();
        if (spec.cell() == Cell.MINGRU) {
            return spec.bias()
                    ? new Formula("2·H·(" + xName + " + 1)", "2·" + h + "·(" + x + " + 1)",
                            Math.multiplyExact(Math.multiplyExact(2, h), Math.addExact(x, 1)))
                    : new Formula("2·H·" + xName, "2·" + h + "·" + x, Math.multiplyExact(Math.multiplyExact(2, h), x));
        }
        if (spec.projSize() > 0) {
            long p = spec.projSize();
            long fourH = Math.multiplyExact(4, h);
            long value = Math.addExact(Math.addExact(Math.multiplyExact(fourH, x), Math.multiplyExact(fourH, p)),
                    Math.addExact(spec.bias() ? Math.multiplyExact(8, h) : 0, Math.multiplyExact(p, h)));
            String bias = spec.bias() ? " + 8·H" : "";
            String biasNumbers = spec.bias() ? " + 8·" + h : "";
            return new Formula("4·H·" + xName + " + 4·H·P" + bias + " + P·H",
                    "4·" + h + "·" + x + " + 4·" + h + "·" + p + biasNumbers + " + " + p + "·" + h, value);
        }
        int g = spec.cell().blocks();
        int b = biasVectors(spec);
        String gate = g == 1 ? "" : g + "·";
        String bias = b > 0 ? " + " + b : "";
        long value = Math.multiplyExact(Math.multiplyExact(g, h), Math.addExact(Math.addExact(x, h), b));
        return new Formula(gate + "H·(" + xName + " + H" + bias + ")",
                gate + h + "·(" + x + " + " + h + bias + ")", value);
    }

    /** Bias vectors per gate: 2 in PyTorch (and Keras GRU reset_after=True), 1 in Keras and the papers, 0 without. */
    static int biasVectors(ParamSpec spec) {
        if (!spec.bias()) {
            return 0;
        }
        return switch (spec.convention()) {
            case PYTORCH -> 2;
            case KERAS -> spec.cell() == Cell.GRU && spec.resetAfterOrDefault() ? 2 : 1;
            case CHO -> 1;
        };
    }
}
