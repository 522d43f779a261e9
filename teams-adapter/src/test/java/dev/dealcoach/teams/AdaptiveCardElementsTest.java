package dev.dealcoach.teams;

import static dev.dealcoach.teams.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveCardElementsTest {

    private static final String ZWSP = "\u200B";

    @Test
    void headingBecomesMediumBolderWrappedTextBlock() {
        assertThat(onlyElement(new Block.Heading("Deal review"))).isEqualTo(tree("""
                {"type":"TextBlock","text":"Deal review","wrap":true,"size":"Medium","weight":"Bolder"}"""));
    }

    @Test
    void textBecomesTeamsMarkdownWithBoldDoubledItalicKeptAndListLinesOnTheirOwnLines() {
        JsonNode block = onlyElement(new Block.Text("*Next steps* for _Acme_:\n- call Ria\n- send `quote`\nThanks"));

        assertThat(block).isEqualTo(tree("""
                {"type":"TextBlock","wrap":true,
                 "text":"**Next steps** for _Acme_:\\n\\n- call Ria\\n- send `quote`\\n\\nThanks"}"""));
    }

    @Test
    void blankTextShowsNothing() {
        assertThat(AdaptiveCardElements.of(new Block.Text(" \n "), 0)).isEmpty();
    }

    @Test
    void fieldsBecomeFactSetWithTitlesAndValues() {
        JsonNode block = onlyElement(new Block.Fields(List.of(
                new Block.Field("Stage", "Negotiation"), new Block.Field("Amount", "$40k"))));

        assertThat(block).isEqualTo(tree("""
                {"type":"FactSet","facts":[{"title":"Stage","value":"Negotiation"},{"title":"Amount","value":"$40k"}]}"""));
    }

    @Test
    void fieldValuesAreTypedTextAndCannotFormLinks() {
        JsonNode block = onlyElement(new Block.Fields(List.of(new Block.Field("Next", "[x](http://evil.example)"))));

        assertThat(block.at("/facts/0/value").asText())
                .isEqualTo("[" + ZWSP + "x]" + ZWSP + "(http://" + ZWSP + "evil.example)");
    }

    @Test
    void buttonsBecomeActionSetOfSubmitActionsCarryingActionIdAndValue() {
        JsonNode block = onlyElement(new Block.Buttons(List.of(
                new Block.Button("answer:budget", "Approved", "approved", Block.Style.PRIMARY),
                new Block.Button("answer:budget", "Not yet", "no", Block.Style.DANGER),
                new Block.Button("skip", "Skip", null, Block.Style.DEFAULT))));

        assertThat(block).isEqualTo(tree("""
                {"type":"ActionSet","actions":[
                  {"type":"Action.Submit","title":"Approved","style":"positive","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"answer:budget","value":"approved"}}},
                  {"type":"Action.Submit","title":"Not yet","style":"destructive","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"answer:budget","value":"no"}}},
                  {"type":"Action.Submit","title":"Skip","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"skip","value":""}}}]}"""));
    }

    @Test
    void choiceBecomesCompactChoiceSetFollowedByChooseButtonNamingTheInput() {
        List<JsonNode> elements = elements(new Block.Choice("run", "Pick a deal", List.of(
                new Block.Option("review D-1028", "Acme renewal"), new Block.Option("review D-2040", "Globex"))), 0);

        assertThat(elements).containsExactly(
                tree("""
                        {"type":"Input.ChoiceSet","id":"dealcoach.choice.0","style":"compact","placeholder":"Pick a deal",
                         "isRequired":true,"errorMessage":"Needed",
                         "choices":[{"title":"Acme renewal","value":"review D-1028"},{"title":"Globex","value":"review D-2040"}]}"""),
                tree("""
                        {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Choose",
                         "data":{"dealcoach":{"action":"run","input":"dealcoach.choice.0"}}}]}"""));
    }

    @Test
    void choiceInputIsNamedByItsIndex() {
        List<JsonNode> elements = elements(new Block.Choice("run", "Pick", List.of(new Block.Option("a", "A"))), 3);

        assertThat(elements.get(0).get("id").asText()).isEqualTo("dealcoach.choice.3");
        assertThat(elements.get(1).at("/actions/0/data/dealcoach/input").asText()).isEqualTo("dealcoach.choice.3");
    }

    @Test
    void choiceWithoutOptionsShowsNothing() {
        assertThat(AdaptiveCardElements.of(new Block.Choice("run", "Pick", List.of()), 0)).isEmpty();
    }

    @Test
    void formBecomesLabelledInputsAndSubmitButtonCarryingFormId() {
        Block.Form form = new Block.Form("review", "Deal review", List.of(
                new Block.Input("budget", "Budget", Block.InputType.CHOICE, false, "approved", List.of(
                        new Block.Option("approved", "Approved"), new Block.Option("pending", "Pending"))),
                new Block.Input("pain", "Pain", Block.InputType.LONG_TEXT, false, "Losing $40k a month", null),
                new Block.Input("champion", "Champion", Block.InputType.TEXT, true, null, null),
                new Block.Input("seats", "Seats", Block.InputType.NUMBER, true, "250", null),
                new Block.Input("close", "Close date", Block.InputType.DATE, false, "2025-06-30", null)),
                "Save");

        List<JsonNode> elements = elements(form, 0);

        assertThat(elements).containsExactly(
                tree("""
                        {"type":"TextBlock","text":"Deal review","wrap":true,"size":"Medium","weight":"Bolder"}"""),
                tree("""
                        {"type":"Input.ChoiceSet","id":"budget","label":"Budget","isRequired":true,"errorMessage":"Needed",
                         "style":"compact","choices":[{"title":"Approved","value":"approved"},{"title":"Pending","value":"pending"}],
                         "value":"approved"}"""),
                tree("""
                        {"type":"Input.Text","id":"pain","label":"Pain","isRequired":true,"errorMessage":"Needed",
                         "isMultiline":true,"value":"Losing $40k a month"}"""),
                tree("""
                        {"type":"Input.Text","id":"champion","label":"Champion","isRequired":false}"""),
                tree("""
                        {"type":"Input.Number","id":"seats","label":"Seats","isRequired":false,"value":250}"""),
                tree("""
                        {"type":"Input.Date","id":"close","label":"Close date","isRequired":true,"errorMessage":"Needed",
                         "value":"2025-06-30"}"""),
                tree("""
                        {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Save",
                         "data":{"dealcoach":{"form":"review"}}}]}"""));
    }

    @Test
    void formLeavesOutInitialValuesItsInputsCannotShow() {
        Block.Form form = new Block.Form("f", "", List.of(
                new Block.Input("close", "Close", Block.InputType.DATE, true, "next Friday", null),
                new Block.Input("seats", "Seats", Block.InputType.NUMBER, true, "lots", null),
                new Block.Input("stage", "Stage", Block.InputType.CHOICE, true, "won", List.of(new Block.Option("open", "Open")))),
                "Save");

        List<JsonNode> elements = elements(form, 0);

        assertThat(elements).hasSize(4); // no title: it is blank
        assertThat(elements.subList(0, 3)).allSatisfy(input -> assertThat(input.has("value")).isFalse());
    }

    @Test
    void noteBecomesSmallSubtleWrappedTextBlock() {
        assertThat(onlyElement(new Block.Note("Based on _3_ calls"))).isEqualTo(tree("""
                {"type":"TextBlock","text":"Based on _3_ calls","wrap":true,"size":"Small","isSubtle":true}"""));
    }

    @Test
    void tableBecomesCaptionAndTableWithBoldHeadersRightAlignedNumbersABoldTotalAndAFlaggedCell() {
        Block.Table table = new Block.Table("Q4 FY27", List.of(new Block.Column("Manager", false), new Block.Column("Commit", true)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("Sam K.")), Block.Cell.flagged("$0.95M")),
                        Block.Row.totalOf(Block.Cell.of("*Total*"), Block.Cell.of("$2.26M"))));

        assertThat(elements(table, 0)).containsExactly(
                tree("""
                        {"type":"TextBlock","text":"Q4 FY27","wrap":true,"size":"Small","isSubtle":true}"""),
                tree("""
                        {"type":"Table","firstRowAsHeader":true,
                         "columns":[{"width":7},{"width":8,"horizontalCellContentAlignment":"Right"}],
                         "rows":[
                           {"type":"TableRow","cells":[
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"Manager","wrap":true,"weight":"Bolder"}]},
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"Commit","wrap":true,"weight":"Bolder"}]}]},
                           {"type":"TableRow","cells":[
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"Sam K.","wrap":true}]},
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"$0.95M !","wrap":true,"color":"Attention"}]}]},
                           {"type":"TableRow","cells":[
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"**Total**","wrap":true,"weight":"Bolder"}]},
                             {"type":"TableCell","items":[{"type":"TextBlock","text":"$2.26M","wrap":true,"weight":"Bolder"}]}]}]}"""));
    }

    @Test
    void tableCellsAndHeadersTypedOrNotCannotFormLinksAndABlankCellHoldsNothing() {
        Block.Table table = new Block.Table(" ", List.of(new Block.Column("[h](http://a.example)", false), new Block.Column("", true)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("[x](http://evil.example)")), Block.Cell.of(" "))));

        JsonNode node = onlyElement(table);

        assertThat(node.at("/rows/0/cells/0/items/0/text").asText()).isEqualTo("[" + ZWSP + "h]" + ZWSP + "(http://" + ZWSP + "a.example)");
        assertThat(node.at("/rows/0/cells/1/items")).isEmpty();
        assertThat(node.at("/rows/1/cells/0/items/0/text").asText()).isEqualTo("[" + ZWSP + "x]" + ZWSP + "(http://" + ZWSP + "evil.example)");
        assertThat(node.at("/rows/1/cells/1/items")).isEmpty();
    }

    @Test
    void dividerShowsNoElementOfItsOwn() {
        assertThat(AdaptiveCardElements.of(new Block.Divider(), 0)).isEmpty();
    }

    private static JsonNode onlyElement(Block block) {
        List<JsonNode> elements = elements(block, 0);
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static List<JsonNode> elements(Block block, int choiceIndex) {
        // through JSON text, as Teams gets it: numbers compare by value, not by node class
        return AdaptiveCardElements.of(block, choiceIndex).stream().map(element -> tree(element.toString())).toList();
    }
}
