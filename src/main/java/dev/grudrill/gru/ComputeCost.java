package dev.grudrill.gru;

/**
 * Work and training memory of a recurrent network, in exact {@code long} arithmetic.
 *
 * <p>Multiply-adds (MACs) of the matrix products per step, sample, layer and direction:
 * {@code g·H·(X + H)} with g = 3 (GRU), 4 (LSTM), 1 (RNN) and X the layer's input size (I, then D·H).
 * The recurrent part {@code g·H·H} is the part that must run step after step; the input part can be
 * one matrix product over all steps. Element-wise work per hidden unit and step is counted apart:
 * GRU 13 additions/multiplications (6 bias additions, 2 input+recurrent sums for r and z, r ⊙ (…) and
 * its addition, and {@code h' = n + z ⊙ (h − n)}) and 3 activations; LSTM 16 (8 bias additions, 4 sums,
 * {@code c' = f ⊙ c + i ⊙ g}, {@code h' = o ⊙ tanh(c')}) and 5 activations; RNN 3 (2 bias additions, 1 sum)
 * and 1 activation.
 *
 * <p>Memory kept for the backward pass per step, sample, layer and direction: GRU 5H values, what
 * PyTorch's fused GRU cell saves (r, z, n, {@code W_hn h_{t−1} + b_hn}, h_{t−1}); LSTM 7H, the 4H gate
 * activations PyTorch's fused LSTM cell saves (i, f, g, o) plus c_{t−1}, c_t and h_{t−1}. Weights,
 * gradients, optimiser state and the input tensor are not activations and are not counted.
 */
public final class ComputeCost {
    private ComputeCost() {
    }

    /** Additions/multiplications per hidden unit and step, outside the matrix products. */
    public static int elementwisePerUnit(Cell cell) {
        return switch (cell) {
            case GRU -> 13;
            case LSTM -> 16;
            case RNN -> 3;
            default -> throw new SpecException("no cost model for " + cell.displayName());
        };
    }

    /** σ and tanh evaluations per hidden unit and step. */
    public static int activationsPerUnit(Cell cell) {
        return switch (cell) {
            case GRU -> 3;
            case LSTM -> 5;
            case RNN -> 1;
            default -> throw new SpecException("no cost model for " + cell.displayName());
        };
    }

    /**
     * Values kept for the backward pass per hidden unit and step, each tensor counted once, as PyTorch's
     * fused CUDA cells keep them: GRU 6 (the 5H workspace r, z, n, W_hn h + b_hn and a copy of h_{t−1},
     * plus the output h_t), LSTM 6 (the 4H gate workspace, the cell state c_t, which is also the next
     * step's c_{t−1}, and the output h_t).
     */
    public static int keptPerUnit(Cell cell) {
        return switch (cell) {
            case GRU -> 6;
            case LSTM -> 6;
            default -> throw new SpecException("no memory model for " + cell.displayName());
        };
    }

    /** MACs of the matrix products of one step of one sample, all layers and directions. */
    public static long macsPerStep(Cell cell, long input, long hidden, int layers, boolean bidirectional) {
        return sumOverLayers(cell, input, hidden, layers, bidirectional, false);
    }

    /** The recurrent part of {@link #macsPerStep}: g·H·H per layer and direction, the sequential path. */
    public static long recurrentMacsPerStep(Cell cell, long input, long hidden, int layers, boolean bidirectional) {
        return sumOverLayers(cell, input, hidden, layers, bidirectional, true);
    }

    /** Per-unit counts times H, L and D: the element-wise work of one step of one sample. */
    public static long perUnitPerStep(int perUnit, long hidden, int layers, boolean bidirectional) {
        return exact(() -> Math.multiplyExact(Math.multiplyExact(perUnit, hidden),
                (long) layers * (bidirectional ? 2 : 1)), hidden, hidden, layers);
    }

    /** {@code perStep × steps × batch}, exactly. */
    public static long times(long perStep, long steps, long batch) {
        return exact(() -> Math.multiplyExact(Math.multiplyExact(perStep, steps), batch), perStep, steps, batch);
    }

    private static long sumOverLayers(Cell cell, long input, long hidden, int layers, boolean bidirectional,
            boolean recurrentOnly) {
        if (input < 1 || hidden < 1 || layers < 1) {
            throw new SpecException("sizes must be 1 or more: input " + input + ", hidden " + hidden + ", layers "
                    + layers);
        }
        int blocks = switch (cell) {
            case GRU, LSTM, RNN -> cell.blocks();
            default -> throw new SpecException("no cost model for " + cell.displayName());
        };
        int directions = bidirectional ? 2 : 1;
        return exact(() -> {
            long total = 0;
            for (int layer = 0; layer < layers; layer++) {
                long x = layer == 0 ? input : Math.multiplyExact(directions, hidden);
                long perDirection = Math.multiplyExact(Math.multiplyExact(blocks, hidden),
                        recurrentOnly ? hidden : Math.addExact(x, hidden));
                total = Math.addExact(total, Math.multiplyExact(directions, perDirection));
            }
            return total;
        }, input, hidden, layers);
    }

    private interface ExactSum {
        long get();
    }

    private static long exact(ExactSum sum, long a, long b, long c) {
        try {
            return sum.get();
        } catch (ArithmeticException e) {
            throw new SpecException("the count overflows a long (more than " + ParameterCount.grouped(Long.MAX_VALUE)
                    + ") for sizes " + a + ", " + b + ", " + c);
        }
    }
}
