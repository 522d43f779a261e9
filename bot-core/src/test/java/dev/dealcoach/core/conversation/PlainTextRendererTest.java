package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    private final PlainTextRenderer renderer = new PlainTextRenderer();

    private String render(Block block) {
        return renderer.render(Message.of(block));
    }

    @Test
    void rendersAHeadingAsItsText() {
        assertThat(render(new Block.Heading("Deal review: *Acme*"))).isEqualTo("Deal review: *Acme*");
    }

    @Test
    void rendersTextWithoutBoldAndItalicMarks() {
        assertThat(render(new Block.Text("*Acme* is _at risk_"))).isEqualTo("Acme is at risk");
    }

    @Test
    void rendersLiteralsInTextExactlyAsTyped() {
        Block text = new Block.Text("*You said:* " + Markup.literal("<@U123> *bold* & <b> _x_"));

        assertThat(render(text)).isEqualTo("You said: <@U123> *bold* & <b> _x_");
    }

    @Test
    void keepsLineBreaksAndListsInText() {
        assertThat(render(new Block.Text("*Gaps*\n- Budget\n1. Champion"))).isEqualTo("Gaps\n- Budget\n1. Champion");
    }

    @Test
    void rendersFieldsAsLabelAndValueLines() {
        Block fields = new Block.Fields(List.of(new Block.Field("Stage", "Proof"), new Block.Field("Amount", "$240,000")));

        assertThat(render(fields)).isEqualTo("Stage: Proof\nAmount: $240,000");
    }

    @Test
    void rendersButtonsAsBracketedLabelsOnOneLine() {
        Block buttons = new Block.Buttons(List.of(
                new Block.Button("answer", "Yes", "yes", Block.Style.PRIMARY),
                new Block.Button("answer", "No", "no", null),
                new Block.Button("cancel", "Stop review", null, Block.Style.DANGER)));

        assertThat(render(buttons)).isEqualTo("[Yes] [No] [Stop review]");
    }

    @Test
    void rendersAChoiceAsItsPlaceholderAndOptions() {
        Block choice = new Block.Choice("pick", "Pick a deal", List.of(
                new Block.Option("D-1", "Globex - Platform"), new Block.Option("D-2", "Acme - Expansion")));

        assertThat(render(choice)).isEqualTo("Pick a deal: [Globex - Platform] [Acme - Expansion]");
    }

    @Test
    void rendersAFormAsTitleBlankInputsAndSubmitButton() {
        Block form = new Block.Form("deal", "Update the deal", List.of(
                new Block.Input("amount", "Amount", Block.InputType.NUMBER, false, "240000", null),
                new Block.Input("close", "Close date", Block.InputType.DATE, true, null, null)), "Save");

        assertThat(render(form)).isEqualTo("Update the deal\nAmount: ____\nClose date: ____\n[Save]");
    }

    @Test
    void rendersADividerAsThreeDashes() {
        assertThat(render(new Block.Divider())).isEqualTo("---");
    }

    @Test
    void rendersANoteLikeText() {
        assertThat(render(new Block.Note("_Scores:_ " + Markup.literal("*2*/2")))).isEqualTo("Scores: *2*/2");
    }

    @Test
    void rendersATableAsItsCaptionAndAlignedMonospaceLines() {
        String text = render(SampleMessages.forecast());

        assertThat(text).startsWith("Q4 FY27 (Nov 1 - Jan 31) · week 4 of 13\n"
                + "Manager  Commit  Best case  Pipeline  Closed   Quota  Attain  Coverage     WoW\n");
        assertThat(text).contains("\nSam K.   $0.95M     $1.42M    $2.75M  $0.31M  $2.00M     16%      1.6x   -$80k !\n");
        assertThat(text).endsWith("\nTotal    $2.26M     $3.30M    $6.15M  $0.87M  $4.00M     22%      2.0x   +$40k");
    }

    @Test
    void rendersATableWithABlankCaptionAsItsLinesAlone() {
        Block.Table table = new Block.Table(" ", List.of(new Block.Column("Stage", false)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("*Proof*")))));

        assertThat(render(table)).isEqualTo("Stage\n-------\n*Proof*");
    }

    @Test
    void putsEachBlockOnItsOwnLine() {
        Message message = Message.of(
                new Block.Heading("Review"),
                new Block.Text("Hi " + Markup.literal("Ria")),
                new Block.Divider(),
                new Block.Note("Reply *stop* to end"));

        assertThat(renderer.render(message)).isEqualTo("Review\nHi Ria\n---\nReply stop to end");
    }
}
