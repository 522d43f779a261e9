package dev.dealcoach.core.conversation;

import java.util.List;

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
                new Block.Note("_asked by_ DealCoach · 1/13"));
    }
}
