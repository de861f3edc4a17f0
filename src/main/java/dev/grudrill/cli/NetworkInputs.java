package dev.grudrill.cli;

import dev.grudrill.gru.GruNetwork;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.SpecException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Builds what {@link NetworkOptions} describe: the network, its inputs and initial state, read from
 * files or drawn from the seed. Kept out of the options class because picocli loads every command and
 * mixin class at start-up, and only commands that compute should load Commons Math.
 */
final class NetworkInputs {
    /** The network and what it runs on, with a line saying where each came from. */
    record Run(GruNetwork network, RealMatrix xs, RealMatrix h0, String origin) {
    }

    static Run of(NetworkOptions options) {
        options.checkSizes();
        return new NetworkInputs(options).build();
    }

    private final NetworkOptions o;

    private NetworkInputs(NetworkOptions options) {
        this.o = options;
    }

    private Run build() {
        SplittableRandom random = o.seed.get() == null ? null : new SplittableRandom(o.seed.get());
        List<String> origin = new ArrayList<>();
        GruNetwork network;
        if (o.weights.get() != null) {
            network = readWeights();
            origin.add("weights: " + o.weights.get());
        } else if (random != null) {
            network = GruNetwork.uniform(o.input.get(), o.hidden.get(), o.layers.get(), o.bidirectional.get(), random);
            origin.add("weights: seed " + o.seed.get() + ", U(−1/√H, 1/√H)");
        } else {
            throw CliException.usage("give the weights with --weights FILE.json or draw them with --seed N");
        }
        RealMatrix sequence = inputs(random);
        origin.add(o.xs.get() != null ? "xs: " + o.xs.get() : "xs: U(−1, 1)");
        RealMatrix start = initialState();
        origin.add(o.h0.get() != null ? "h0: " + o.h0.get() : "h0 = 0");
        return new Run(network, sequence, start, String.join("; ", origin));
    }

    private GruNetwork readWeights() {
        TensorFile file = TensorFile.read(o.weights.get());
        Set<String> names = new LinkedHashSet<>(o.tensorNames());
        file.requireNames(names);
        List<GruWeights> sets = new ArrayList<>();
        try {
            for (int layer = 0; layer < o.layers.get(); layer++) {
                for (int d = 0; d < o.directions(); d++) {
                    String s = GruNetwork.suffix(layer, d);
                    sets.add(new GruWeights(s, file.namedMatrix("weight_ih" + s), file.namedMatrix("weight_hh" + s),
                            file.namedVector("bias_ih" + s), file.namedVector("bias_hh" + s)));
                }
            }
            return new GruNetwork(o.input.get(), o.hidden.get(), o.layers.get(), o.bidirectional.get(), sets);
        } catch (SpecException e) {
            throw file.problem(e.getMessage());
        }
    }

    private RealMatrix inputs(SplittableRandom random) {
        if (o.xs.get() != null && o.steps.get() != null) {
            throw CliException.usage("give the inputs with --xs FILE.json or --steps T, not both");
        }
        if (o.xs.get() != null) {
            TensorFile file = TensorFile.read(o.xs.get());
            RealMatrix m = file.matrix("xs");
            if (m.getColumnDimension() != o.input.get()) {
                throw file.problem("xs has shape (" + m.getRowDimension() + ", " + m.getColumnDimension()
                        + "); expected (T, I) = (" + m.getRowDimension() + ", " + o.input.get() + ")");
            }
            NetworkOptions.within("the number of steps in " + o.xs.get(), m.getRowDimension(), NetworkOptions.MAX_STEPS);
            return m;
        }
        if (o.steps.get() == null) {
            throw CliException.usage("give the inputs with --xs FILE.json or draw them with --steps T and --seed N");
        }
        if (random == null) {
            throw CliException.usage("--steps draws the inputs at random: give --seed N too");
        }
        RealMatrix m = new Array2DRowRealMatrix(o.steps.get(), o.input.get());
        for (int t = 0; t < o.steps.get(); t++) {
            for (int i = 0; i < o.input.get(); i++) {
                m.setEntry(t, i, random.nextDouble(-1, 1));
            }
        }
        return m;
    }

    private RealMatrix initialState() {
        if (o.h0.get() == null) {
            return null;
        }
        TensorFile file = TensorFile.read(o.h0.get());
        RealMatrix m = file.matrix("h0");
        int states = o.layers.get() * o.directions();
        if (m.getRowDimension() != states || m.getColumnDimension() != o.hidden.get()) {
            throw file.problem("h0 has shape (" + m.getRowDimension() + ", " + m.getColumnDimension()
                    + "); expected (L·D, H) = (" + states + ", " + o.hidden.get() + ")");
        }
        return m;
    }
}
