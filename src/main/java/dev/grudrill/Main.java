package dev.grudrill;

import dev.grudrill.cli.GruDrill;

/** The launcher; everything else is testable through {@link GruDrill#run}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GruDrill.run(args));
    }
}
