package dev.grudrill.gru;

/**
 * The sizes and options of a recurrent network whose parameters are counted.
 *
 * @param cell          which cell
 * @param convention    whose weight layout (decides the number of bias vectors and the tensor names)
 * @param input         input size I of the first layer
 * @param hidden        hidden size H (Keras: units)
 * @param layers        stacked layers L; layer l ≥ 1 reads D·H values (D·P with a projection)
 * @param bidirectional two directions per layer (D = 2), each with its own weights
 * @param bias          whether the cell has bias vectors at all
 * @param projSize      PyTorch LSTM projection size P, 0 for none
 * @param resetAfter    Keras GRU {@code reset_after}; null for the default (true)
 */
public record ParamSpec(Cell cell, Convention convention, long input, long hidden, int layers,
        boolean bidirectional, boolean bias, long projSize, Boolean resetAfter) {

    /** More layers than anyone stacks; the tensor list grows with it. */
    public static final int MAX_LAYERS = 1000;

    public ParamSpec {
        positive("input size", input);
        positive("hidden size", hidden);
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new SpecException("the number of layers must be 1 to " + MAX_LAYERS + ", not " + layers);
        }
        if ((cell == Cell.MGU || cell == Cell.MINGRU) && convention != Convention.CHO) {
            throw new SpecException(cell.displayName() + " is not a " + frameworkName(convention)
                    + " layer; its count follows the paper, one bias per gate (convention cho)");
        }
        if (projSize < 0) {
            throw new SpecException("proj_size has to be a positive integer or 0 (none), not " + projSize);
        }
        if (projSize > 0 && cell != Cell.LSTM) {
            throw new SpecException("proj_size argument is only supported for LSTM, not " + cell.displayName()
                    + " (as in PyTorch)");
        }
        if (projSize > 0 && convention != Convention.PYTORCH) {
            throw new SpecException("proj_size is an option of PyTorch's nn.LSTM; the " + convention.label()
                    + " convention has no projection");
        }
        if (projSize > 0 && projSize >= hidden) {
            throw new SpecException("proj_size has to be smaller than hidden_size (" + projSize + " >= " + hidden
                    + "), as in PyTorch");
        }
        if (resetAfter != null && (cell != Cell.GRU || convention != Convention.KERAS)) {
            throw new SpecException("reset_after is an option of the Keras GRU only");
        }
    }

    /** The convention a cell is counted in when none is asked for: PyTorch's, or the paper's for MGU and minGRU. */
    public static Convention naturalConvention(Cell cell) {
        return cell == Cell.MGU || cell == Cell.MINGRU ? Convention.CHO : Convention.PYTORCH;
    }

    public int directions() {
        return bidirectional ? 2 : 1;
    }

    /** Keras GRU's reset_after with its default applied. */
    public boolean resetAfterOrDefault() {
        return resetAfter == null || resetAfter;
    }

    /** The same network with another cell, in that cell's convention when this one has no such layer. */
    public ParamSpec withCell(Cell other) {
        Convention c = other == Cell.MGU || other == Cell.MINGRU ? Convention.CHO : convention;
        Boolean after = other == Cell.GRU && c == Convention.KERAS ? resetAfter : null;
        return new ParamSpec(other, c, input, hidden, layers, bidirectional, bias, 0, after);
    }

    public ParamSpec withSizes(long newInput, long newHidden, int newLayers) {
        return new ParamSpec(cell, convention, newInput, newHidden, newLayers, bidirectional, bias, projSize,
                resetAfter);
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new SpecException("the " + what + " must be 1 or more, not " + value);
        }
    }

    private static String frameworkName(Convention convention) {
        return convention == Convention.KERAS ? "Keras" : "PyTorch";
    }
}
