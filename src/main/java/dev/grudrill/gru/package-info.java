/**
 * GRU arithmetic, checked against PyTorch: parameter counts, the cell step, whole {@code nn.GRU}
 * sequences and their gradients. Pure functions of their inputs; the public API speaks Apache Commons
 * Math ({@code RealMatrix}/{@code RealVector}), the kernels inside work on {@code double[]}.
 *
 * <p>Layout everywhere is PyTorch's: the three gates are stacked in rows {@code [r | z | n]} of
 * {@code weight_ih} (3H×I), {@code weight_hh} (3H×H), {@code bias_ih} and {@code bias_hh} (3H); the
 * update keeps the old state with z, {@code h' = (1 − z) ⊙ n + z ⊙ h}; and the reset gate is applied
 * after the recurrent product, to {@code W_hn h + b_hn}.
 */
package dev.grudrill.gru;
