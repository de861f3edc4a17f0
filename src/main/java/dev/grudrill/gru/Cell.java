package dev.grudrill.gru;

import java.util.Locale;

/** Recurrent cells whose parameters can be counted. */
public enum Cell {
    /** Gated recurrent unit (Cho et al. 2014): reset and update gates and a candidate, 3 blocks. */
    GRU("GRU", 3),
    /** Long short-term memory: input, forget, cell and output blocks, 4 blocks. */
    LSTM("LSTM", 4),
    /** Elman RNN with tanh, 1 block. */
    RNN("RNN", 1),
    /** Minimal gated unit (Zhou et al. 2016): one forget gate and a candidate, 2 blocks. */
    MGU("MGU", 2),
    /** minGRU (Feng et al. 2024): gate and candidate are Linear layers on x only, 2 blocks, no recurrent weights. */
    MINGRU("minGRU", 2);

    private final String displayName;
    private final int blocks;

    Cell(String displayName, int blocks) {
        this.displayName = displayName;
        this.blocks = blocks;
    }

    /** The name as written in papers: GRU, LSTM, RNN, MGU, minGRU. */
    public String displayName() {
        return displayName;
    }

    /** How many H-row blocks its weight matrices stack (the gates plus the candidate). */
    public int blocks() {
        return blocks;
    }

    /** The command-line spelling: gru, lstm, rnn, mgu, mingru. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
