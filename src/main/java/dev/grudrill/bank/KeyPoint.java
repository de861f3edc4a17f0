package dev.grudrill.bank;

import java.util.List;

/**
 * A statement a complete answer covers, with the terms that show a typed answer covered it.
 * A term is a phrase; {@code "reset gate & candidate"} requires both parts.
 */
public record KeyPoint(String point, List<String> terms) {
    public KeyPoint {
        terms = List.copyOf(terms);
    }
}
