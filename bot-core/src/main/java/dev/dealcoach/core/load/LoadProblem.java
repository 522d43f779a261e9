package dev.dealcoach.core.load;

/**
 * A line of a data file that could not be used, and why. Reads as {@code deals.csv:14: reason}.
 *
 * @param line 1 for the first line; 0 when the problem is with the file as a whole
 */
public record LoadProblem(String source, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }
}
