package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Markup.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static final char START = '\uE000';
    private static final char END = '\uE001';

    @Test
    void wrapsTypedTextInLiteralMarkers() {
        assertThat(Markup.literal("Acme *Corp*")).isEqualTo(START + "Acme *Corp*" + END);
    }

    @Test
    void wrapsEmptyTextAsAnEmptyLiteral() {
        assertThat(Markup.literal("")).isEqualTo("" + START + END);
        assertThat(Markup.segments(Markup.literal(""))).containsExactly(new Segment("", true));
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(Markup.literal("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\ng\th"))
                .isEqualTo(START + "abcdef\ng\th" + END);
    }

    @Test
    void dropsMarkerCharactersInsideTheText() {
        String sneaky = "x" + END + "*not a literal*" + START + "y";

        String literal = Markup.literal(sneaky);

        assertThat(literal).isEqualTo(START + "x*not a literal*y" + END);
        assertThat(Markup.segments(literal)).containsExactly(new Segment("x*not a literal*y", true));
    }

    @Test
    void keepsEmojiAndOtherScriptsInALiteral() {
        assertThat(Markup.literal("👍🏽 Zürich 東京")).isEqualTo(START + "👍🏽 Zürich 東京" + END);
    }

    @Test
    void wrapsMarkupInBoldMarks() {
        assertThat(Markup.bold("Acme")).isEqualTo("*Acme*");
    }

    @Test
    void splitsMarkupAndLiteralRunsInOrder() {
        String markup = "Deal " + Markup.literal("*Acme* <@U1>") + " is *hot*, says " + Markup.literal("_Ria_") + ".";

        assertThat(Markup.segments(markup)).containsExactly(
                new Segment("Deal ", false),
                new Segment("*Acme* <@U1>", true),
                new Segment(" is *hot*, says ", false),
                new Segment("_Ria_", true),
                new Segment(".", false));
    }

    @Test
    void splitsALiteralAtTheStartAndEnd() {
        String markup = Markup.literal("a") + Markup.literal("b");

        assertThat(Markup.segments(markup)).containsExactly(new Segment("a", true), new Segment("b", true));
    }

    @Test
    void givesMarkupWithoutLiteralsAsOneSegment() {
        assertThat(Markup.segments("*Deal review*\n- one")).containsExactly(new Segment("*Deal review*\n- one", false));
    }

    @Test
    void givesNoSegmentsForEmptyMarkup() {
        assertThat(Markup.segments("")).isEmpty();
    }

    @Test
    void readsAnUnclosedLiteralToTheEnd() {
        assertThat(Markup.segments("Hi " + START + "there")).containsExactly(
                new Segment("Hi ", false), new Segment("there", true));
    }

    @Test
    void showsLiteralsAsTypedInPlainText() {
        String markup = "You typed: " + Markup.literal("<@U123> *bold* & <b>");

        assertThat(Markup.plain(markup)).isEqualTo("You typed: <@U123> *bold* & <b>");
    }

    @Test
    void keepsMarkupCharactersOutsideLiteralsInPlainText() {
        assertThat(Markup.plain("*Deal* " + Markup.literal("x") + " _now_")).isEqualTo("*Deal* x _now_");
    }

    @Test
    void keepsLineBreaksAndTabsOfALiteralInPlainText() {
        assertThat(Markup.plain(Markup.literal("line one\n\tline two"))).isEqualTo("line one\n\tline two");
    }

    @Test
    void cutsChunksAtTheirLastLineBreakAndDropsIt() {
        assertThat(Markup.chunks("one\ntwo\nthree", 8)).containsExactly("one\ntwo", "three");
    }

    @Test
    void keepsALiteralCutBetweenChunksLiteralOnBothSides() {
        List<String> chunks = Markup.chunks("Say " + Markup.literal("*hi* there"), 8);

        assertThat(chunks).containsExactly("Say " + Markup.literal("*hi*"), Markup.literal("there"));
    }

    @Test
    void cutsALineTooLongForAChunkAtASpaceElseNeverInsideASurrogatePair() {
        assertThat(Markup.chunks("abcd efgh", 6)).containsExactly("abcd", "efgh");
        assertThat(Markup.chunks("xxxxx👍y", 6)).containsExactly("xxxxx", "👍y");
    }

    @Test
    void leavesOutBlankChunks() {
        assertThat(Markup.chunks("first\n \nsecond", 6)).containsExactly("first", "second");
        assertThat(Markup.chunks(" \n" + Markup.literal("  "), 6)).isEmpty();
        assertThat(Markup.chunks("", 6)).isEmpty();
    }

    @Test
    void cutsALineTooLongForAChunkByTheCallersRuleKeepingEveryCharacter() {
        assertThat(Markup.chunks("abcd efgh", 6, TextCut::first)).containsExactly("abcd e", "fgh");
        assertThat(Markup.chunks("ab\ncd efgh", 6, TextCut::first)).containsExactly("ab", "cd efg", "h");
    }
}
