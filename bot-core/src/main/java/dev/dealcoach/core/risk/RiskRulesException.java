package dev.dealcoach.core.risk;

import java.util.List;

/** A slip-risk rules file that cannot be used, with every problem in it as {@code file: path: reason}. */
public final class RiskRulesException extends RuntimeException {

    private final List<String> problems;

    public RiskRulesException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
