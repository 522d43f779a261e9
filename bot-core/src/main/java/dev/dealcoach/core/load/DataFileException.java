package dev.dealcoach.core.load;

import java.util.List;
import java.util.stream.Collectors;

/** A data file that cannot be used at all; nothing from it was applied. */
public class DataFileException extends RuntimeException {

    private final transient List<LoadProblem> problems;

    public DataFileException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n  ", "cannot load data:\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
