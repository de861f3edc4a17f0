package dev.grudrill.bank;

import java.util.List;

/** The bank could not be loaded; every problem found is listed, one per line. */
public class BankException extends RuntimeException {
    private final List<Problem> problems;

    public BankException(List<Problem> problems) {
        super(problems.isEmpty() ? "bank is invalid" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public BankException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
