package dev.grudrill.bench;

import dev.grudrill.gru.GruCell;
import dev.grudrill.gru.GruNetwork;
import dev.grudrill.gru.GruSequence;
import dev.grudrill.gru.GruWeights;
import dev.grudrill.gru.Loss;
import dev.grudrill.gru.GruBackward;
import dev.grudrill.gru.GruGradients;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The calculators' engine, steady state, through its public Commons Math interface: the same
 * computations src/test/bench/pytorch_gru.py times with PyTorch (float64, batch 1).
 * Run with src/test/bench/gru-kernels.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GruBenchmark {
    static final int STEPS = 100;

    GruNetwork network;
    RealMatrix xs;
    GruWeights cell;
    RealVector x;
    RealVector h;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        network = GruNetwork.uniform(64, 128, 1, false, random);
        double[][] inputs = new double[STEPS][64];
        for (double[] row : inputs) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextDouble(-1, 1);
            }
        }
        xs = MatrixUtils.createRealMatrix(inputs);
        cell = GruWeights.uniform(8, 16, random);
        x = MatrixUtils.createRealVector(random.doubles(8, -1, 1).toArray());
        h = MatrixUtils.createRealVector(random.doubles(16, -1, 1).toArray());
    }

    /** nn.GRU(64, 128) over 100 steps, forward only. */
    @Benchmark
    public GruSequence forward100Steps64x128() {
        return network.forward(xs, null);
    }

    /** nn.GRU(64, 128) over 100 steps, forward and backward (loss = sum of the outputs). */
    @Benchmark
    public GruGradients forwardBackward100Steps64x128() {
        return GruBackward.gradients(network.forward(xs, null), Loss.sum());
    }

    /** One nn.GRUCell(8, 16) step. */
    @Benchmark
    public GruCell.Step step8x16() {
        return GruCell.step(cell, x, h, GruCell.Reset.AFTER);
    }
}
