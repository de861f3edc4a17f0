package dev.grudrill.drill;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of generated practice problem; each kind is one card for the scheduler. */
public enum PracticeKind {
    PARAMS_GRU("params-gru", "parameter count of a GRU (PyTorch or Keras)"),
    PARAMS_LSTM("params-lstm", "parameter count of an LSTM (PyTorch or Keras)"),
    SHAPE("shape", "shape of one weight or bias tensor of nn.GRU or nn.LSTM"),
    STEP_GATES("step-gates", "reset or update gate of one GRU step"),
    STEP_STATE("step-state", "candidate or new state of one GRU step");

    /** Card ids of practice kinds start with this, e.g. {@code practice:params-gru}. */
    public static final String ID_PREFIX = "practice:";

    private final String key;
    private final String description;

    PracticeKind(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** e.g. {@code params-gru}, as options spell it. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The card id, e.g. {@code practice:params-gru}. */
    public String cardId() {
        return ID_PREFIX + key;
    }

    public static Optional<PracticeKind> parse(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(PracticeKind::key).collect(Collectors.joining(", "));
    }
}
