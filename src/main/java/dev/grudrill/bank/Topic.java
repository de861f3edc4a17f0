package dev.grudrill.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fixed topic vocabulary every question is tagged with. */
public enum Topic {
    ARCHITECTURE, GATES, MATH, TRAINING, EFFICIENCY, VARIANTS, APPLICATIONS, PRACTICE, DEPLOYMENT, COMPARISON;

    /** The name used in deck files, options and JSON: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Topic::label).collect(Collectors.joining(", "));
    }
}
