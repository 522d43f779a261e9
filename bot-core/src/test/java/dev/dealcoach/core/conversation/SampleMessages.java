package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Messages for tests that store or render what the bot says. */
public final class SampleMessages {

    private SampleMessages() {
    }

    /** One of every block and every option of one, with text that JSON and Lua both have to leave alone. */
    public static Message everyBlock() {
        return Message.of(
                new Block.Heading("Review: Acme \"renewal\" 🚀"),
                new Block.Text("*Champion*: Raj <@U123>\nnext & <b>steps</b> \\ 'quoted'"),
                new Block.Fields(List.of(new Block.Field("Amount", "$240,000"), new Block.Field("Stage", "Proof"))),
                new Block.Buttons(List.of(
                        new Block.Button("review:pursue", "Pursue", "D-1", Block.Style.PRIMARY),
                        new Block.Button("review:drop", "Disqualify", null, Block.Style.DANGER),
                        new Block.Button("review:later", "Later", "", null))),
                new Block.Choice("review:budget", "Budget?", List.of(new Block.Option("yes", "Approved"), new Block.Option("no", "None yet"))),
                new Block.Form("forecast", "Your call", List.of(
                        new Block.Input("commit", "Commit", Block.InputType.NUMBER, false, "450000", null),
                        new Block.Input("notes", "Notes", Block.InputType.LONG_TEXT, true, null, List.of()),
                        new Block.Input("close", "Close date", Block.InputType.DATE, true, "2026-12-15", null),
                        new Block.Input("category", "Category", Block.InputType.CHOICE, false, "commit",
                                List.of(new Block.Option("commit", "Commit"), new Block.Option("best", "Best case"))),
                        new Block.Input("who", "Who", Block.InputType.TEXT, false, "", null)), "Submit"),
                new Block.Divider(),
                new Block.Note("_asked by_ DealCoach · 1/13"),
                new Block.Table("Q4 \"FY27\" · week 4", List.of(new Block.Column("Manager", false), new Block.Column("Commit", true)),
                        List.of(Block.Row.of(Block.Cell.of(Markup.literal("Sam <K.> 'x' \\")), Block.Cell.flagged("$0.95M")),
                                Block.Row.totalOf(Block.Cell.of("*Total*"), Block.Cell.of("$2.26M")))));
    }

    /** The director's forecast of PRODUCT.md: numeric columns, a flagged week-over-week change and a total row. */
    public static Block.Table forecast() {
        return forecastTable(List.of(
                row("Mo C.", "$1.31M", "$1.88M", "$3.40M", "$0.56M", "$2.00M", "28%", "2.4x", Block.Cell.of("+$120k")),
                row("Sam K.", "$0.95M", "$1.42M", "$2.75M", "$0.31M", "$2.00M", "16%", "1.6x", Block.Cell.flagged("-$80k"))));
    }

    /** A forecast as wide as the director's, with {@code managers} rows before the total. */
    public static Block.Table forecast(int managers) {
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 1; i <= managers; i++) {
            rows.add(row("Manager " + i, "$1.31M", "$1.88M", "$3.40M", "$0.56M", "$2.00M", "28%", "2.4x",
                    i % 7 == 0 ? Block.Cell.flagged("-$80k") : Block.Cell.of("+$120k")));
        }
        return forecastTable(rows);
    }

    private static Block.Table forecastTable(List<Block.Row> managers) {
        List<Block.Column> columns = new ArrayList<>(List.of(new Block.Column("Manager", false)));
        for (String number : List.of("Commit", "Best case", "Pipeline", "Closed", "Quota", "Attain", "Coverage", "WoW")) {
            columns.add(new Block.Column(number, true));
        }
        List<Block.Row> rows = new ArrayList<>(managers);
        rows.add(Block.Row.totalOf(Stream.of("Total", "$2.26M", "$3.30M", "$6.15M", "$0.87M", "$4.00M", "22%", "2.0x", "+$40k")
                .map(Block.Cell::of).toArray(Block.Cell[]::new)));
        return new Block.Table("Q4 FY27 (Nov 1 - Jan 31) · week 4 of 13", columns, rows);
    }

    private static Block.Row row(String name, String commit, String best, String pipeline, String closed, String quota,
            String attain, String coverage, Block.Cell weekOverWeek) {
        return Block.Row.of(Block.Cell.of(Markup.literal(name)), Block.Cell.of(commit), Block.Cell.of(best), Block.Cell.of(pipeline),
                Block.Cell.of(closed), Block.Cell.of(quota), Block.Cell.of(attain), Block.Cell.of(coverage), weekOverWeek);
    }
}
