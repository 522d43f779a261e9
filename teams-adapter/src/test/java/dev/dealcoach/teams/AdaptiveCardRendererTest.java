package dev.dealcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.teams.AdaptiveCardRenderer.Card;
import dev.dealcoach.teams.AdaptiveCardRenderer.Pressed;
import dev.dealcoach.teams.AdaptiveCardRenderer.Submitted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZWSP = "\u200B";

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    // ---- the card

    @Test
    void aMessageBecomesOneAdaptiveCardOfSchema15WithEmptyCardActions() {
        List<Card> cards = renderer.cards(Message.text("Hello"));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).content()).isEqualTo(json("""
                {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
                 "body":[{"type":"TextBlock","text":"Hello","wrap":true}],"actions":[]}"""));
        assertThat(cards.get(0).fallbackText()).isEqualTo("Hello");
    }

    @Test
    void headingBecomesMediumBolderWrappedTextBlock() {
        assertThat(onlyElement(new Block.Heading("Deal review"))).isEqualTo(json("""
                {"type":"TextBlock","text":"Deal review","wrap":true,"size":"Medium","weight":"Bolder"}"""));
    }

    @Test
    void textBecomesTeamsMarkdownWithBoldDoubledItalicKeptAndListLinesOnTheirOwnLines() {
        JsonNode block = onlyElement(new Block.Text("*Next steps* for _Acme_:\n- call Ria\n- send `quote`\nThanks"));

        assertThat(block).isEqualTo(json("""
                {"type":"TextBlock","wrap":true,
                 "text":"**Next steps** for _Acme_:\\n\\n- call Ria\\n- send `quote`\\n\\nThanks"}"""));
    }

    @Test
    void markupBoldBecomesDoubleAsterisksEvenAroundLiteralText() {
        JsonNode block = onlyElement(new Block.Text("Deal " + Markup.bold(Markup.literal("Acme")) + " is *at risk*"));

        assertThat(block.get("text").asText()).isEqualTo("Deal **Acme** is **at risk**");
    }

    @Test
    void numberedListLinesStayOnSingleLineBreaks() {
        JsonNode block = onlyElement(new Block.Text("1. Budget\n2. Authority\n3. Need"));

        assertThat(block.get("text").asText()).isEqualTo("1. Budget\n2. Authority\n3. Need");
    }

    @Test
    void fieldsBecomeFactSetWithTitlesAndValues() {
        JsonNode block = onlyElement(new Block.Fields(List.of(
                new Block.Field("Stage", "Negotiation"), new Block.Field("Amount", "$40k"))));

        assertThat(block).isEqualTo(json("""
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

        assertThat(block).isEqualTo(json("""
                {"type":"ActionSet","actions":[
                  {"type":"Action.Submit","title":"Approved","style":"positive","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"answer:budget","value":"approved"}}},
                  {"type":"Action.Submit","title":"Not yet","style":"destructive","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"answer:budget","value":"no"}}},
                  {"type":"Action.Submit","title":"Skip","associatedInputs":"none",
                   "data":{"dealcoach":{"action":"skip","value":""}}}]}"""));
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
    void choiceBecomesCompactChoiceSetFollowedByChooseButtonNamingTheInput() {
        List<JsonNode> body = body(Message.of(new Block.Choice("run", "Pick a deal", List.of(
                new Block.Option("review D-1028", "Acme renewal"), new Block.Option("review D-2040", "Globex")))));

        assertThat(body).containsExactly(
                json("""
                        {"type":"Input.ChoiceSet","id":"dealcoach.choice.0","style":"compact","placeholder":"Pick a deal",
                         "isRequired":true,"errorMessage":"Needed",
                         "choices":[{"title":"Acme renewal","value":"review D-1028"},{"title":"Globex","value":"review D-2040"}]}"""),
                json("""
                        {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Choose",
                         "data":{"dealcoach":{"action":"run","input":"dealcoach.choice.0"}}}]}"""));
    }

    @Test
    void choiceWithoutOptionsShowsNothing() {
        assertThat(renderer.cards(Message.of(new Block.Choice("run", "Pick", List.of())))).isEmpty();
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

        List<JsonNode> body = body(Message.of(form));

        assertThat(body).containsExactly(
                json("""
                        {"type":"TextBlock","text":"Deal review","wrap":true,"size":"Medium","weight":"Bolder"}"""),
                json("""
                        {"type":"Input.ChoiceSet","id":"budget","label":"Budget","isRequired":true,"errorMessage":"Needed",
                         "style":"compact","choices":[{"title":"Approved","value":"approved"},{"title":"Pending","value":"pending"}],
                         "value":"approved"}"""),
                json("""
                        {"type":"Input.Text","id":"pain","label":"Pain","isRequired":true,"errorMessage":"Needed",
                         "isMultiline":true,"value":"Losing $40k a month"}"""),
                json("""
                        {"type":"Input.Text","id":"champion","label":"Champion","isRequired":false}"""),
                json("""
                        {"type":"Input.Number","id":"seats","label":"Seats","isRequired":false,"value":250}"""),
                json("""
                        {"type":"Input.Date","id":"close","label":"Close date","isRequired":true,"errorMessage":"Needed",
                         "value":"2025-06-30"}"""),
                json("""
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

        List<JsonNode> body = body(Message.of(form));

        assertThat(body).hasSize(4); // no title: it is blank
        assertThat(body.subList(0, 3)).allSatisfy(input -> assertThat(input.has("value")).isFalse());
    }

    @Test
    void dividerDrawsSeparatorAboveTheNextElement() {
        List<JsonNode> body = body(Message.of(new Block.Text("Above"), new Block.Divider(), new Block.Text("Below")));

        assertThat(body).containsExactly(
                json("""
                        {"type":"TextBlock","text":"Above","wrap":true}"""),
                json("""
                        {"type":"TextBlock","text":"Below","wrap":true,"separator":true}"""));
    }

    @Test
    void noteBecomesSmallSubtleWrappedTextBlock() {
        assertThat(onlyElement(new Block.Note("Based on _3_ calls"))).isEqualTo(json("""
                {"type":"TextBlock","text":"Based on _3_ calls","wrap":true,"size":"Small","isSubtle":true}"""));
    }

    // ---- escaping

    @Test
    void literalTextCannotFormLinksEmphasisUrlsOrMentions() {
        String typed = "[click](http://evil.example) *bold* <at>Ria</at>";

        JsonNode block = onlyElement(new Block.Text("You said: " + Markup.literal(typed)));

        String text = block.get("text").asText();
        assertThat(text).isEqualTo("You said: [" + ZWSP + "click]" + ZWSP + "(http://" + ZWSP + "evil.example) *"
                + ZWSP + "bold*" + ZWSP + " <at>Ria</at>");
        assertThat(text).doesNotContain("](", "://e", "**").contains("<at>Ria</at>");
        assertThat(text.replace(ZWSP, "")).isEqualTo("You said: " + typed);
    }

    @Test
    void typedTextNeverBecomesAMentionEntityOrHtml() {
        Card card = onlyCardOf(Message.of(new Block.Heading("<at>Ria</at>"), new Block.Text(Markup.literal("<at>Ria</at>"))));

        assertThat(card.content().findValuesAsText("text")).containsExactly("<at>Ria</at>", "<at>Ria</at>");
        assertThat(card.content().has("msteams")).isFalse();
        assertThat(card.content().toString()).doesNotContain("&lt;", "mention");
    }

    @Test
    void literalUnderscoresBackticksAndBareWwwAreNeutralised() {
        String text = onlyElement(new Block.Text(Markup.literal("snake_case_ `rm` www.evil.example \\*"))).get("text").asText();

        assertThat(text).isEqualTo("snake_" + ZWSP + "case_" + ZWSP + " `" + ZWSP + "rm`" + ZWSP + " www" + ZWSP
                + ".evil.example \\" + ZWSP + "*" + ZWSP);
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
                .isEqualTo(renderer.fallbackText(new Message(blocks)));
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
    void formsAndChoicesNeverShareACardSoSubmitsSendOnlyTheirOwnInputs() {
        Block.Form form = new Block.Form("review", "Review", List.of(
                new Block.Input("pain", "Pain", Block.InputType.TEXT, false, null, null)), "Save");
        Block.Choice choice = new Block.Choice("run", "Pick", List.of(new Block.Option("a", "A")));

        List<Card> cards = renderer.cards(Message.of(new Block.Heading("Two things"), form, choice, new Block.Note("done")));

        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).content().findValuesAsText("id")).containsExactly("pain");
        assertThat(cards.get(1).content().findValuesAsText("id")).containsExactly("dealcoach.choice.0");
        assertThat(cards.get(1).content().findValuesAsText("text")).containsExactly("done");
    }

    @Test
    void blockTooBigForAnyCardIsReplacedByANote() {
        List<Block.Option> options = IntStream.range(0, 3_000)
                .mapToObj(i -> new Block.Option("deal-" + i, "Deal number " + i + " with a long name"))
                .toList();

        List<Card> cards = renderer.cards(Message.of(new Block.Text("Pick one"), new Block.Choice("run", "Deal", options)));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).content().findValuesAsText("text"))
                .containsExactly("Pick one", "_This part is too big for a Teams card and is left out._");
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

        assertThat(renderer.fallbackText(message)).isEqualTo(new PlainTextRenderer().render(message)).isEqualTo("Deal\nAcme is [x](y)");
        assertThat(onlyCardOf(message).fallbackText()).isEqualTo(renderer.fallbackText(message));
    }

    @Test
    void attachmentCarriesTheCardAsAnAdaptiveCard() {
        ObjectNode content = onlyCardOf(Message.text("Hi")).content();

        Attachment attachment = AdaptiveCardRenderer.attachment(content);

        assertThat(attachment.getContentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.getContent()).isSameAs(content);
        assertThat(Serialization.objectToTree(attachment).get("content")).isEqualTo(content);
    }

    // ---- reading submissions

    @Test
    void readsAButtonPressFromAMapValue() {
        Object value = map("""
                {"dealcoach":{"action":"answer:budget","value":"approved"}}""");

        assertThat(AdaptiveCardRenderer.read(value)).contains(new Pressed("answer:budget", "approved"));
    }

    @Test
    void readsAButtonPressFromAJsonNodeValue() {
        assertThat(AdaptiveCardRenderer.read(json("""
                {"dealcoach":{"action":"answer:budget","value":"approved"}}""")))
                .contains(new Pressed("answer:budget", "approved"));
    }

    @Test
    void readsAChoiceAsAPressWithThePickedValue() {
        Object value = map("""
                {"dealcoach":{"action":"run","input":"dealcoach.choice.0"},"dealcoach.choice.0":"review D-1028"}""");

        assertThat(AdaptiveCardRenderer.read(value)).contains(new Pressed("run", "review D-1028"));
    }

    @Test
    void readsAFormSubmissionWithEveryInputInOrderLeavingOutOurKeyAndTeamsKey() {
        Object value = map("""
                {"dealcoach":{"form":"review"},"budget":"approved","pain":"Losing $40k a month","msteams":{}}""");

        AdaptiveCardRenderer.Submission submission = AdaptiveCardRenderer.read(value).orElseThrow();

        assertThat(submission).isEqualTo(new Submitted("review", Map.of("budget", "approved", "pain", "Losing $40k a month")));
        assertThat(((Submitted) submission).values().keySet()).containsExactly("budget", "pain");
    }

    @Test
    void formValuesThatAreNotStringsAreReadAsText() {
        Object value = map("""
                {"dealcoach":{"form":"f"},"seats":250,"note":null}""");

        assertThat(AdaptiveCardRenderer.read(value)).contains(new Submitted("f", Map.of("seats", "250", "note", "")));
    }

    @Test
    void readsNothingFromValuesThatDidNotComeFromOurCards() {
        assertThat(AdaptiveCardRenderer.read(map("{\"foo\":1}"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(null)).isEmpty();
        assertThat(AdaptiveCardRenderer.read("dealcoach")).isEmpty();
        assertThat(AdaptiveCardRenderer.read(json("[1,2]"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(map("{\"dealcoach\":\"run\"}"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(map("{\"dealcoach\":{}}"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(map("{\"dealcoach\":{\"action\":\"a\",\"form\":\"f\"}}"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(map("{\"dealcoach\":{\"action\":7,\"value\":\"x\"}}"))).isEmpty();
        assertThat(AdaptiveCardRenderer.read(map("{\"dealcoach\":{\"action\":\"a\",\"value\":{\"x\":1}}}"))).isEmpty();
    }

    @Test
    void readsNothingFromAChoiceWhoseInputIsMissing() {
        assertThat(AdaptiveCardRenderer.read(map("""
                {"dealcoach":{"action":"run","input":"dealcoach.choice.0"}}"""))).isEmpty();
    }

    @Test
    void whatAButtonSendsReadsBackAsThatButton() {
        JsonNode action = onlyElement(new Block.Buttons(List.of(
                new Block.Button("answer:budget", "Approved", "approved", Block.Style.PRIMARY)))).at("/actions/0/data");

        assertThat(AdaptiveCardRenderer.read(action)).contains(new Pressed("answer:budget", "approved"));
    }

    // ---- helpers

    private JsonNode onlyElement(Block block) {
        List<JsonNode> body = body(Message.of(block));
        assertThat(body).hasSize(1);
        return body.get(0);
    }

    private List<JsonNode> body(Message message) {
        // through JSON text, as Teams gets it: numbers compare by value, not by node class
        return StreamSupport.stream(json(onlyCard(message).toString()).get("body").spliterator(), false).toList();
    }

    private ObjectNode onlyCard(Message message) {
        return onlyCardOf(message).content();
    }

    private Card onlyCardOf(Message message) {
        List<Card> cards = renderer.cards(message);
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    private static JsonNode json(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A value as the SDK deserialises it from an activity: nested maps. */
    private static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static int bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static int bytes(String text) {
        return JSON.getNodeFactory().textNode(text).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
