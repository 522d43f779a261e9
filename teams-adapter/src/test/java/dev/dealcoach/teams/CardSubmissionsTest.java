package dev.dealcoach.teams;

import static dev.dealcoach.teams.Json.map;
import static dev.dealcoach.teams.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.teams.CardSubmissions.Pressed;
import dev.dealcoach.teams.CardSubmissions.Submission;
import dev.dealcoach.teams.CardSubmissions.Submitted;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardSubmissionsTest {

    @Test
    void readsAButtonPressFromAMapValue() {
        Object value = map("""
                {"dealcoach":{"action":"answer:budget","value":"approved"}}""");

        assertThat(CardSubmissions.read(value)).contains(new Pressed("answer:budget", "approved"));
    }

    @Test
    void readsAButtonPressFromAJsonNodeValue() {
        assertThat(CardSubmissions.read(tree("""
                {"dealcoach":{"action":"answer:budget","value":"approved"}}""")))
                .contains(new Pressed("answer:budget", "approved"));
    }

    @Test
    void readsAChoiceAsAPressWithThePickedValue() {
        Object value = map("""
                {"dealcoach":{"action":"run","input":"dealcoach.choice.0"},"dealcoach.choice.0":"review D-1028"}""");

        assertThat(CardSubmissions.read(value)).contains(new Pressed("run", "review D-1028"));
    }

    @Test
    void readsAFormSubmissionWithEveryInputInOrderLeavingOutOurKeyAndTeamsKey() {
        Object value = map("""
                {"dealcoach":{"form":"review"},"budget":"approved","pain":"Losing $40k a month","msteams":{}}""");

        Submission submission = CardSubmissions.read(value).orElseThrow();

        assertThat(submission).isEqualTo(new Submitted("review", Map.of("budget", "approved", "pain", "Losing $40k a month")));
        assertThat(((Submitted) submission).values().keySet()).containsExactly("budget", "pain");
    }

    @Test
    void formValuesThatAreNotStringsAreReadAsText() {
        Object value = map("""
                {"dealcoach":{"form":"f"},"seats":250,"note":null}""");

        assertThat(CardSubmissions.read(value)).contains(new Submitted("f", Map.of("seats", "250", "note", "")));
    }

    @Test
    void readsNothingFromValuesThatDidNotComeFromOurCards() {
        assertThat(CardSubmissions.read(map("{\"foo\":1}"))).isEmpty();
        assertThat(CardSubmissions.read(null)).isEmpty();
        assertThat(CardSubmissions.read("dealcoach")).isEmpty();
        assertThat(CardSubmissions.read(tree("[1,2]"))).isEmpty();
        assertThat(CardSubmissions.read(map("{\"dealcoach\":\"run\"}"))).isEmpty();
        assertThat(CardSubmissions.read(map("{\"dealcoach\":{}}"))).isEmpty();
        assertThat(CardSubmissions.read(map("{\"dealcoach\":{\"action\":\"a\",\"form\":\"f\"}}"))).isEmpty();
        assertThat(CardSubmissions.read(map("{\"dealcoach\":{\"action\":7,\"value\":\"x\"}}"))).isEmpty();
        assertThat(CardSubmissions.read(map("{\"dealcoach\":{\"action\":\"a\",\"value\":{\"x\":1}}}"))).isEmpty();
    }

    @Test
    void readsNothingFromAChoiceWhoseInputIsMissing() {
        assertThat(CardSubmissions.read(map("""
                {"dealcoach":{"action":"run","input":"dealcoach.choice.0"}}"""))).isEmpty();
    }

    // ---- what our elements send reads back as what they show

    @Test
    void whatAButtonSendsReadsBackAsThatButton() {
        JsonNode data = AdaptiveCardElements.of(new Block.Buttons(List.of(
                new Block.Button("answer:budget", "Approved", "approved", Block.Style.PRIMARY))), 0).get(0).at("/actions/0/data");

        assertThat(CardSubmissions.read(data)).contains(new Pressed("answer:budget", "approved"));
    }

    @Test
    void whatAChoiceSendsReadsBackAsThePickedOption() {
        List<ObjectNode> elements = AdaptiveCardElements.of(new Block.Choice("run", "Pick a deal", List.of(
                new Block.Option("review D-1028", "Acme renewal"))), 2);
        ObjectNode data = elements.get(1).at("/actions/0/data").deepCopy();
        data.put(elements.get(0).get("id").asText(), "review D-1028");

        assertThat(CardSubmissions.read(data)).contains(new Pressed("run", "review D-1028"));
    }

    @Test
    void whatAFormSendsReadsBackAsItsInputValues() {
        List<ObjectNode> elements = AdaptiveCardElements.of(new Block.Form("review", "Review", List.of(
                new Block.Input("pain", "Pain", Block.InputType.TEXT, false, null, null)), "Save"), 0);
        ObjectNode data = elements.get(elements.size() - 1).at("/actions/0/data").deepCopy();
        data.put("pain", "Losing $40k a month");

        assertThat(CardSubmissions.read(data)).contains(new Submitted("review", Map.of("pain", "Losing $40k a month")));
    }
}
