package dev.dealcoach.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** The people given do not form a valid org tree; every problem found is listed. */
public class InvalidOrgException extends RuntimeException {

    private final transient List<OrgProblem> problems;

    public InvalidOrgException(List<OrgProblem> problems) {
        super(problems.stream().map(OrgProblem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<OrgProblem> problems() {
        return problems;
    }
}
