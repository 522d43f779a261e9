package dev.dealcoach.teams;

import static dev.dealcoach.teams.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.SampleMessages;
import dev.dealcoach.teams.AdaptiveCardRenderer.Card;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {

    private static final String ZWSP = "\u200B";

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    // ---- the card

    @Test
    void aMessageBecomesOneAdaptiveCardOfSchema15WithEmptyCardActions() {
        List<Card> cards = renderer.cards(Message.text("Hello"));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).content()).isEqualTo(tree("""
                {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
                 "body":[{"type":"TextBlock","text":"Hello","wrap":true}],"actions":[]}"""));
        assertThat(cards.get(0).fallbackText()).isEqualTo("Hello");
    }

    @Test
    void manyButtonsAreSplitIntoActionSetsOfAtMostSix() {
        List<Block.Button> buttons = IntStream.range(0, 14)
                .mapToObj(i -> new Block.Button("pick", "Option " + i, String.valueOf(i), null))
                .toList();

        JsonNode body = onlyCard(Message.of(new Block.Buttons(buttons))).get("body");

        assertThat(body).hasSize(3);
        assertThat(body).allSatisfy(set -> assertThat(set.get("actions").size()).isLessThanOrEqualTo(6));
        assertThat(body.findValuesAsText("title")).hasSize(14).startsWith("Option 0").endsWith("Option 13");
    }

    @Test
    void choiceWithoutOptionsShowsNothing() {
        assertThat(renderer.cards(Message.of(new Block.Choice("run", "Pick", List.of())))).isEmpty();
    }

    @Test
    void dividerDrawsSeparatorAboveTheNextElement() {
        List<JsonNode> body = body(Message.of(new Block.Text("Above"), new Block.Divider(), new Block.Text("Below")));

        assertThat(body).containsExactly(
                tree("""
                        {"type":"TextBlock","text":"Above","wrap":true}"""),
                tree("""
                        {"type":"TextBlock","text":"Below","wrap":true,"separator":true}"""));
    }

    @Test
    void typedTextNeverBecomesAMentionEntityOrHtml() {
        Card card = onlyCardOf(Message.of(new Block.Heading("<at>Ria</at>"), new Block.Text(Markup.literal("<at>Ria</at>"))));

        assertThat(card.content().findValuesAsText("text")).containsExactly("<at>Ria</at>", "<at>Ria</at>");
        assertThat(card.content().has("msteams")).isFalse();
        assertThat(card.content().toString()).doesNotContain("&lt;", "mention");
    }

    // ---- splitting

    @Test
    void bigMessageIsSplitIntoSeveralCardsEachUnderTheLimitWithNothingLost() {
        List<Block> blocks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = String.format("%03d ", i) + "x".repeat(396);
            texts.add(text);
            blocks.add(new Block.Text(text));
        }

        List<Card> cards = renderer.cards(new Message(blocks));

        assertThat(cards).hasSizeGreaterThan(1);
        assertThat(cards).allSatisfy(card -> {
            assertThat(bytes(card.content())).isLessThan(80_000);
            assertThat(bytes(card.content()) + bytes(card.fallbackText())).isLessThan(80_000);
        });
        List<String> shown = cards.stream().flatMap(card -> card.content().findValuesAsText("text").stream()).toList();
        assertThat(shown).isEqualTo(texts);
        assertThat(String.join("\n", cards.stream().map(Card::fallbackText).toList()))
                .isEqualTo(new PlainTextRenderer().render(new Message(blocks)));
    }

    @Test
    void oneHugeTextIsCutAtLineBreaksOverTextBlocksAndCards() {
        List<String> lines = IntStream.range(0, 3_000).mapToObj(i -> "Line " + i + " " + "y".repeat(60)).toList();
        String markup = String.join("\n", lines);

        List<Card> cards = renderer.cards(Message.text(markup));

        assertThat(cards).hasSizeGreaterThan(1);
        assertThat(cards).allSatisfy(card -> assertThat(bytes(card.content()) + bytes(card.fallbackText())).isLessThan(80_000));
        List<String> shown = cards.stream()
                .flatMap(card -> card.content().findValuesAsText("text").stream())
                .flatMap(text -> List.of(text.split("\n\n")).stream())
                .toList();
        assertThat(shown).isEqualTo(lines);
    }

    @Test
    void literalRunCutBetweenTextBlocksStaysEscapedOnBothSides() {
        String typed = "[a](http://b) ".repeat(1_000); // 14,000 chars, no line breaks

        List<String> texts = renderer.cards(Message.text(Markup.literal(typed))).stream()
                .flatMap(card -> card.content().findValuesAsText("text").stream())
                .toList();

        assertThat(texts).hasSizeGreaterThan(1).allSatisfy(text -> assertThat(text).doesNotContain("](", "://b"));
        assertThat(String.join(" ", texts).replace(ZWSP, "")).isEqualTo(typed);
    }

    @Test
    void aSixtyRowTableStaysOneTableOnOneCardUnderTheLimit() {
        Card card = onlyCardOf(Message.of(new Block.Heading("Forecast"), SampleMessages.forecast(60)));

        assertThat(bytes(card.content()) + bytes(card.fallbackText())).isLessThan(80_000);
        JsonNode table = card.content().get("body").get(2);
        assertThat(table.get("type").asText()).isEqualTo("Table");
        assertThat(table.get("rows")).hasSize(62);
        assertThat(table.at("/rows/61/cells/0/items/0/text").asText()).isEqualTo("Total");
        assertThat(card.fallbackText()).contains("\nManager 60  $1.31M", "\nTotal       $2.26M");
    }

    @Test
    void aTableTooBigForOneCardIsSplitByRowsOverCardsEachWithTheHeadersAndNoRowLost() {
        Block.Table forecast = SampleMessages.forecast(400);

        List<Card> cards = renderer.cards(Message.of(forecast));

        assertThat(cards).hasSizeGreaterThan(1);
        assertThat(cards).allSatisfy(card -> assertThat(bytes(card.content()) + bytes(card.fallbackText())).isLessThan(80_000));
        List<JsonNode> tables = cards.stream()
                .flatMap(card -> StreamSupport.stream(card.content().get("body").spliterator(), false))
                .filter(element -> element.get("type").asText().equals("Table"))
                .toList();
        assertThat(tables).allSatisfy(t -> assertThat(t.at("/rows/0/cells/0/items/0/text").asText()).isEqualTo("Manager"));
        List<String> firstCells = tables.stream()
                .flatMap(t -> StreamSupport.stream(t.get("rows").spliterator(), false).skip(1))
                .map(row -> row.at("/cells/0/items/0/text").asText())
                .toList();
        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 400).mapToObj(i -> "Manager " + i).toList());
        expected.add("Total");
        assertThat(firstCells).isEqualTo(expected);
        assertThat(cards.get(0).content().at("/body/0/text").asText()).isEqualTo(forecast.caption());
        assertThat(cards.stream().skip(1)).allSatisfy(card -> assertThat(card.content().at("/body/0/type").asText()).isEqualTo("Table"));
    }

    @Test
    void choiceInputIdsAreUniqueAcrossTheMessage() {
        Block.Choice choice = new Block.Choice("run", "Pick", List.of(new Block.Option("a", "A")));

        List<Card> cards = renderer.cards(Message.of(choice, choice));

        assertThat(cards.stream().flatMap(card -> card.content().findValuesAsText("id").stream()).toList())
                .containsExactly("dealcoach.choice.0", "dealcoach.choice.1");
    }

    // ---- fallback and attachment

    @Test
    void fallbackTextIsThePlainTextRendering() {
        Message message = Message.of(new Block.Heading("Deal"), new Block.Text("*Acme* is " + Markup.literal("[x](y)")));

        assertThat(onlyCardOf(message).fallbackText())
                .isEqualTo(new PlainTextRenderer().render(message))
                .isEqualTo("Deal\nAcme is [x](y)");
    }

    @Test
    void attachmentCarriesTheCardAsAnAdaptiveCard() {
        ObjectNode content = onlyCardOf(Message.text("Hi")).content();

        Attachment attachment = AdaptiveCardRenderer.attachment(content);

        assertThat(attachment.getContentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.getContent()).isSameAs(content);
        assertThat(Serialization.objectToTree(attachment).get("content")).isEqualTo(content);
    }

    // ---- helpers

    private List<JsonNode> body(Message message) {
        // through JSON text, as Teams gets it: numbers compare by value, not by node class
        return StreamSupport.stream(tree(onlyCard(message).toString()).get("body").spliterator(), false).toList();
    }

    private ObjectNode onlyCard(Message message) {
        return onlyCardOf(message).content();
    }

    private Card onlyCardOf(Message message) {
        List<Card> cards = renderer.cards(message);
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    private static int bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static int bytes(String text) {
        return TextNode.valueOf(text).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
