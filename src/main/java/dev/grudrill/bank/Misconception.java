package dev.grudrill.bank;

import java.util.List;

/** A wrong claim candidates make, the terms that detect it, and the correction to show. */
public record Misconception(String claim, List<String> terms, String correction) {
    public Misconception {
        terms = List.copyOf(terms);
    }
}
