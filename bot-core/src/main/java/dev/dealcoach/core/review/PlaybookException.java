package dev.dealcoach.core.review;

import java.util.List;

/** A playbook file that cannot be used; every problem is listed as {@code file: path: reason}. */
public class PlaybookException extends RuntimeException {

    private final transient List<String> problems;

    public PlaybookException(List<String> problems) {
        super("invalid playbook:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
