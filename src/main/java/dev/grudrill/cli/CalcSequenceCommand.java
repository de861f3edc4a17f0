package dev.grudrill.cli;

import dev.grudrill.gru.GruSequence;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;

final class CalcSequenceCommand extends BaseCommand {

    private final NetworkOptions networkOptions = new NetworkOptions(this);

    private final ReportOutput output = new ReportOutput(this);


    CalcSequenceCommand(Context context) {
        super(context, "sequence", "A whole nn.GRU over a sequence: output and hN.",
                "Run a whole nn.GRU over a sequence (batch 1) and print output and hN as PyTorch returns them. "
                + "Weights by state_dict name from --weights FILE.json, or --seed N.");
    }

    @Override
    int execute() {
        NetworkInputs.Run run = NetworkInputs.of(networkOptions);
        GruSequence sequence = run.network().forward(run.xs(), run.h0());
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", Json.SCHEMA_VERSION);
            doc.put("output", sequence.output().getData());
            doc.put("hN", sequence.hN().getData());
            Json.print(out(), doc);
            return ExitCodes.OK;
        }
        Screen screen = output.screen(context);
        out().println(screen.bold(networkOptions.title()) + ", batch 1, T = " + sequence.steps());
        out().println(run.origin());
        out().println();
        out().println("Each layer and direction runs the GRU cell over the steps:");
        out().println("  r_t, z_t = σ(W_i· x_t + b_i· + W_h· h_{t−1} + b_h·)");
        out().println("  n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn))");
        out().println("  h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}");
        if (networkOptions.layers.get() > 1) {
            out().println("  layer l ≥ 1 reads the outputs of layer l − 1" + (networkOptions.bidirectional.get()
                    ? ", [forward | reverse] concatenated" : ""));
        }
        if (networkOptions.bidirectional.get()) {
            out().println("  the reverse direction runs from t = T − 1 down to 0");
        }
        out().println();
        out().println("output (T × " + (networkOptions.bidirectional.get() ? "2·H" : "H") + "): h_t of the last layer"
                + (networkOptions.bidirectional.get() ? ", [forward | reverse]" : ""));
        RealMatrix output = sequence.output();
        for (int t = 0; t < output.getRowDimension(); t++) {
            Numbers.vector("  t=" + t + " ", output.getRow(t), screen.width).forEach(out()::println);
        }
        out().println();
        out().println("hN (L·D × H): the final state of each layer and direction"
                + (networkOptions.bidirectional.get() ? "; reverse ends at t = 0" : ""));
        RealMatrix hN = sequence.hN();
        int width = ("l" + (networkOptions.layers.get() - 1) + (networkOptions.bidirectional.get() ? " reverse" : "")).length();
        for (int i = 0; i < hN.getRowDimension(); i++) {
            int layer = i / networkOptions.directions();
            String name = "l" + layer + (i % networkOptions.directions() == 1 ? " reverse" : "");
            Numbers.vector("  " + name + " ".repeat(width - name.length() + 1), hN.getRow(i), screen.width)
                    .forEach(out()::println);
        }
        return ExitCodes.OK;
    }

}
