package dev.grudrill.bank;

import java.util.List;

/** What loading a bank gave: the bank (possibly partial) and every problem found on the way. */
public record LoadResult(Bank bank, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** The bank, or a BankException listing every problem. */
    public Bank orThrow() {
        if (!problems.isEmpty()) {
            throw new BankException(problems);
        }
        return bank;
    }
}
