package dev.grudrill.gru;

import java.util.Locale;

/** Whose weight layout a parameter count follows. They differ in the number of bias vectors. */
public enum Convention {
    /** PyTorch {@code nn.GRU}/{@code nn.LSTM}/{@code nn.RNN}: two bias vectors per layer (ih and hh), as cuDNN. */
    PYTORCH,
    /**
     * Keras: {@code kernel}, {@code recurrent_kernel}, {@code bias}; one bias vector, except the GRU with
     * {@code reset_after=True} (the default), whose bias is (2, 3H).
     */
    KERAS,
    /** The papers' form: one weight matrix on x, one on h and one bias per gate (Cho et al. 2014). */
    CHO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
