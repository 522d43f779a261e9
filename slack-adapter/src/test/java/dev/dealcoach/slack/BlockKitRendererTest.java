package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.SampleMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private List<JsonObject> render(Block... blocks) {
        List<List<LayoutBlock>> messages = renderer.messages(Message.of(blocks));
        assertThat(messages).hasSize(1);
        return messages.get(0).stream().map(BlockKitRendererTest::json).toList();
    }

    private JsonObject renderOne(Block block) {
        List<JsonObject> blocks = render(block);
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    private static JsonObject json(Object model) {
        return JsonParser.parseString(GSON.toJson(model)).getAsJsonObject();
    }

    private static String text(JsonObject textObject) {
        return textObject.get("text").getAsString();
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> objects = new ArrayList<>();
        array.forEach(element -> objects.add(element.getAsJsonObject()));
        return objects;
    }

    @Test
    void rendersAHeadingAsAPlainTextHeaderCutTo150Chars() {
        JsonObject block = renderOne(new Block.Heading("Deal review: Acme & <Co> " + "x".repeat(200)));

        assertThat(block.get("type").getAsString()).isEqualTo("header");
        JsonObject text = block.getAsJsonObject("text");
        assertThat(text.get("type").getAsString()).isEqualTo("plain_text");
        assertThat(text(text)).hasSize(150).startsWith("Deal review: Acme & <Co> xxx");
    }

    @Test
    void rendersTextAsAVerbatimMrkdwnSection() {
        JsonObject block = renderOne(new Block.Text("*Acme* is _at risk_: see `MEDDICC`\n1. Budget"));

        assertThat(block.get("type").getAsString()).isEqualTo("section");
        JsonObject text = block.getAsJsonObject("text");
        assertThat(text.get("type").getAsString()).isEqualTo("mrkdwn");
        assertThat(text.get("verbatim").getAsBoolean()).isTrue();
        assertThat(text(text)).isEqualTo("*Acme* is _at risk_: see `MEDDICC`\n1. Budget");
    }

    @Test
    void escapesTypedTextSoItCanFormNoMentionOrLink() {
        String typed = "<@U024BE7LH> <!channel> <http://evil.example|click> & co";

        JsonObject text = renderOne(new Block.Text("*You said:* " + Markup.literal(typed))).getAsJsonObject("text");

        assertThat(text(text)).isEqualTo(
                "*You said:* &lt;@U024BE7LH&gt; &lt;!channel&gt; &lt;http://evil.example|click&gt; &amp; co");
        assertThat(text(text)).doesNotContain("<", ">");
        assertThat(text.get("verbatim").getAsBoolean()).isTrue();
    }

    @Test
    void turnsListLinesIntoBulletsButLeavesTypedDashesAlone() {
        String markup = "- Budget\n*Gaps*\n- Champion\nbudget - approved\n" + Markup.literal("- typed");

        assertThat(text(renderOne(new Block.Text(markup)).getAsJsonObject("text")))
                .isEqualTo("• Budget\n*Gaps*\n• Champion\nbudget - approved\n- typed");
    }

    @Test
    void bulletsAListLineThatFollowsTypedTextEndingInALineBreak() {
        String markup = Markup.literal("typed\n") + "- item\n" + Markup.literal("typed ") + "- not a list";

        assertThat(text(renderOne(new Block.Text(markup)).getAsJsonObject("text")))
                .isEqualTo("typed\n• item\ntyped - not a list");
    }

    @Test
    void splitsTextLongerThan3000CharsAtLineBreaksWithNothingLost() {
        String line = "Next step: " + "x".repeat(88); // 99 chars
        String markup = IntStream.range(0, 70).mapToObj(i -> line).collect(Collectors.joining("\n"));
        assertThat(markup).hasSize(6_999);

        List<JsonObject> sections = render(new Block.Text(markup));

        assertThat(sections).hasSize(3);
        List<String> texts = sections.stream().map(s -> text(s.getAsJsonObject("text"))).toList();
        assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3_000));
        assertThat(texts).allSatisfy(t -> assertThat(t).startsWith("Next step: ").endsWith("x"));
        assertThat(String.join("\n", texts)).isEqualTo(markup);
    }

    @Test
    void hardCutsALineLongerThan3000CharsWithNothingLost() {
        String markup = "y".repeat(7_000);

        List<String> texts = render(new Block.Text(markup)).stream().map(s -> text(s.getAsJsonObject("text"))).toList();

        assertThat(texts).extracting(String::length).containsExactly(3_000, 3_000, 1_000);
        assertThat(String.join("", texts)).isEqualTo(markup);
    }

    @Test
    void neverCutsAnEscapedCharacterInHalf() {
        String markup = "a".repeat(2_998) + Markup.literal("&&&");

        List<String> texts = render(new Block.Text(markup)).stream().map(s -> text(s.getAsJsonObject("text"))).toList();

        assertThat(texts).containsExactly("a".repeat(2_998), "&amp;&amp;&amp;");
    }

    @Test
    void rendersFieldsAsEscapedMrkdwnLabelAndValue() {
        JsonObject block = renderOne(new Block.Fields(List.of(
                new Block.Field("Stage", "Proof"),
                new Block.Field("Champion <@U1>", "Dana & <!here>"))));

        assertThat(block.get("type").getAsString()).isEqualTo("section");
        assertThat(block.has("text")).isFalse();
        List<JsonObject> fields = objects(block.getAsJsonArray("fields"));
        assertThat(fields).extracting(f -> f.get("type").getAsString()).containsOnly("mrkdwn");
        assertThat(fields).extracting(f -> f.get("verbatim").getAsBoolean()).containsOnly(true);
        assertThat(fields).extracting(BlockKitRendererTest::text)
                .containsExactly("*Stage*\nProof", "*Champion &lt;@U1&gt;*\nDana &amp; &lt;!here&gt;");
    }

    @Test
    void puts23FieldsIntoThreeSectionsOfAtMostTen() {
        List<Block.Field> fields = IntStream.rangeClosed(1, 23).mapToObj(i -> new Block.Field("L" + i, "V" + i)).toList();

        List<JsonObject> sections = render(new Block.Fields(fields));

        assertThat(sections).extracting(s -> s.getAsJsonArray("fields").size()).containsExactly(10, 10, 3);
        assertThat(text(sections.get(2).getAsJsonArray("fields").get(2).getAsJsonObject())).isEqualTo("*L23*\nV23");
    }

    @Test
    void cutsAFieldTo2000Chars() {
        JsonObject block = renderOne(new Block.Fields(List.of(new Block.Field("Notes", "n".repeat(5_000)))));

        assertThat(text(block.getAsJsonArray("fields").get(0).getAsJsonObject())).hasSize(2_000).startsWith("*Notes*\nnnn");
    }

    @Test
    void rendersButtonsAsAnActionsBlockWithStylesAndValues() {
        JsonObject block = renderOne(new Block.Buttons(List.of(
                new Block.Button("review:start", "Start review", "deal-42", Block.Style.PRIMARY),
                new Block.Button("review:drop", "Drop deal", "deal-42", Block.Style.DANGER),
                new Block.Button("review:later", "Later", "", Block.Style.DEFAULT))));

        assertThat(block.get("type").getAsString()).isEqualTo("actions");
        List<JsonObject> buttons = objects(block.getAsJsonArray("elements"));
        assertThat(buttons).extracting(b -> b.get("type").getAsString()).containsOnly("button");
        assertThat(buttons).extracting(b -> b.getAsJsonObject("text").get("type").getAsString()).containsOnly("plain_text");
        assertThat(buttons).extracting(b -> text(b.getAsJsonObject("text")))
                .containsExactly("Start review", "Drop deal", "Later");
        assertThat(buttons.get(0).get("style").getAsString()).isEqualTo("primary");
        assertThat(buttons.get(1).get("style").getAsString()).isEqualTo("danger");
        assertThat(buttons.get(2).has("style")).isFalse();
        assertThat(buttons.get(0).get("value").getAsString()).isEqualTo("deal-42");
        assertThat(buttons.get(2).has("value")).isFalse();
    }

    @Test
    void givesButtonsSharingACoreActionIdUniqueSlackActionIds() {
        JsonObject block = renderOne(new Block.Buttons(List.of(
                new Block.Button("answer:budget", "Approved", "approved", null),
                new Block.Button("answer:budget", "Pending", "pending", null),
                new Block.Button("answer:budget", "None", "none", null))));

        List<String> actionIds = objects(block.getAsJsonArray("elements")).stream()
                .map(b -> b.get("action_id").getAsString())
                .toList();

        assertThat(actionIds).doesNotHaveDuplicates().hasSize(3);
        assertThat(actionIds).extracting(SlackInbound::coreActionId).containsOnly("answer:budget");
    }

    @Test
    void cutsButtonTextAndValueAndPutsAtMost25ButtonsInARow() {
        List<Block.Button> buttons = IntStream.range(0, 30)
                .mapToObj(i -> new Block.Button("pick", "b".repeat(100), "v".repeat(3_000), null))
                .toList();

        List<JsonObject> rows = render(new Block.Buttons(buttons));

        assertThat(rows).extracting(r -> r.getAsJsonArray("elements").size()).containsExactly(25, 5);
        JsonObject first = rows.get(0).getAsJsonArray("elements").get(0).getAsJsonObject();
        assertThat(text(first.getAsJsonObject("text"))).hasSize(75);
        assertThat(first.get("value").getAsString()).hasSize(2_000);
        List<String> allIds = rows.stream()
                .flatMap(r -> objects(r.getAsJsonArray("elements")).stream())
                .map(b -> b.get("action_id").getAsString())
                .toList();
        assertThat(allIds).doesNotHaveDuplicates();
    }

    @Test
    void rendersAChoiceAsAStaticSelectWithAtMost100Options() {
        List<Block.Option> options = IntStream.range(0, 120)
                .mapToObj(i -> new Block.Option("stage-" + i, "Stage " + i + " " + "s".repeat(100)))
                .toList();

        JsonObject block = renderOne(new Block.Choice("deal:stage", "Pick a stage", options));

        assertThat(block.get("type").getAsString()).isEqualTo("actions");
        JsonArray elements = block.getAsJsonArray("elements");
        assertThat(elements.size()).isEqualTo(1);
        JsonObject select = elements.get(0).getAsJsonObject();
        assertThat(select.get("type").getAsString()).isEqualTo("static_select");
        assertThat(SlackInbound.coreActionId(select.get("action_id").getAsString())).isEqualTo("deal:stage");
        assertThat(select.getAsJsonObject("placeholder").get("type").getAsString()).isEqualTo("plain_text");
        assertThat(text(select.getAsJsonObject("placeholder"))).isEqualTo("Pick a stage");
        List<JsonObject> rendered = objects(select.getAsJsonArray("options"));
        assertThat(rendered).hasSize(100);
        assertThat(rendered.get(7).get("value").getAsString()).isEqualTo("stage-7");
        assertThat(text(rendered.get(7).getAsJsonObject("text"))).hasSize(75).startsWith("Stage 7 sss");
    }

    @Test
    void rendersADividerAndANoteAsAVerbatimContextBlock() {
        List<JsonObject> blocks = render(new Block.Divider(), new Block.Note("_Scored by_ " + Markup.literal("<!everyone>")));

        assertThat(blocks.get(0).get("type").getAsString()).isEqualTo("divider");
        JsonObject note = blocks.get(1);
        assertThat(note.get("type").getAsString()).isEqualTo("context");
        List<JsonObject> elements = objects(note.getAsJsonArray("elements"));
        assertThat(elements).hasSize(1);
        assertThat(elements.get(0).get("type").getAsString()).isEqualTo("mrkdwn");
        assertThat(elements.get(0).get("verbatim").getAsBoolean()).isTrue();
        assertThat(text(elements.get(0))).isEqualTo("_Scored by_ &lt;!everyone&gt;");
    }

    private static String sectionText(JsonObject block) {
        assertThat(block.get("type").getAsString()).isEqualTo("section");
        JsonObject text = block.getAsJsonObject("text");
        assertThat(text.get("type").getAsString()).isEqualTo("mrkdwn");
        assertThat(text.get("verbatim").getAsBoolean()).isTrue();
        return text(text);
    }

    private static List<String> tableRows(List<JsonObject> sections) {
        return sections.stream()
                .flatMap(s -> sectionText(s).lines().skip(2))
                .filter(line -> !line.startsWith("---"))
                .toList();
    }

    @Test
    void rendersATableAsItsCaptionInSmallPrintAndItsPaddedTextInACodeBlock() {
        List<JsonObject> blocks = render(SampleMessages.forecast());

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).get("type").getAsString()).isEqualTo("context");
        assertThat(text(blocks.get(0).getAsJsonArray("elements").get(0).getAsJsonObject()))
                .isEqualTo("Q4 FY27 (Nov 1 - Jan 31) · week 4 of 13");
        assertThat(sectionText(blocks.get(1))).isEqualTo("""
                ```Manager  Commit  Best case  Pipeline  Closed   Quota  Attain  Coverage     WoW
                -------  ------  ---------  --------  ------  ------  ------  --------  --------
                Mo C.    $1.31M     $1.88M    $3.40M  $0.56M  $2.00M     28%      2.4x  +$120k
                Sam K.   $0.95M     $1.42M    $2.75M  $0.31M  $2.00M     16%      1.6x   -$80k !
                -------  ------  ---------  --------  ------  ------  ------  --------  --------
                Total    $2.26M     $3.30M    $6.15M  $0.87M  $4.00M     22%      2.0x   +$40k```""");
    }

    @Test
    void escapesTypedCellsAndCaptionSoTheyCanNeitherMentionNorLeaveTheCodeBlock() {
        Block.Table table = new Block.Table("*Q4* <!here>", List.of(new Block.Column("Deal", false)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("<!channel> ``` *now* & <@U1>")))));

        List<JsonObject> blocks = render(table);

        String caption = text(blocks.get(0).getAsJsonArray("elements").get(0).getAsJsonObject());
        assertThat(caption).isEqualTo("*\u200BQ4*\u200B &lt;!here&gt;");
        String code = sectionText(blocks.get(1));
        assertThat(code).doesNotContain("<", ">")
                .contains("&lt;!channel&gt; `\u200B`\u200B`\u200B *now* &amp; &lt;@U1&gt;");
        assertThat(code).startsWith("```").endsWith("```");
        assertThat(code.split("```", -1)).hasSize(3);
    }

    @Test
    void splitsA60RowTableOverSectionsOfAtMost3000CharsEachStartingWithTheHeaders() {
        Block.Table table = SampleMessages.forecast(60);

        List<List<LayoutBlock>> messages = renderer.messages(Message.of(new Block.Heading("Forecast"), table));

        assertThat(messages).hasSize(1);
        List<JsonObject> blocks = messages.get(0).stream().map(BlockKitRendererTest::json).toList();
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        List<JsonObject> sections = blocks.subList(2, blocks.size());
        assertThat(sections).hasSizeGreaterThan(1);
        assertThat(sections).allSatisfy(s -> assertThat(sectionText(s))
                .hasSizeLessThanOrEqualTo(3_000)
                .startsWith("```Manager     Commit  Best case")
                .endsWith("```"));
        List<String> rows = tableRows(sections);
        assertThat(rows).hasSize(61).doesNotHaveDuplicates().noneMatch(row -> row.contains("more row"));
        assertThat(rows.get(0)).startsWith("Manager 1 ");
        assertThat(rows.get(59)).startsWith("Manager 60 ");
        assertThat(rows.get(60)).startsWith("Total ").endsWith("+$40k```");
    }

    @Test
    void leavesOutRowsPastTenSectionsSaysHowManyAndKeepsTheTotal() {
        List<JsonObject> sections = render(SampleMessages.forecast(1_000)).stream()
                .filter(b -> b.get("type").getAsString().equals("section"))
                .toList();

        assertThat(sections).hasSize(10);
        assertThat(sections).allSatisfy(s -> assertThat(sectionText(s)).hasSizeLessThanOrEqualTo(3_000));
        List<String> rows = tableRows(sections);
        String more = rows.get(rows.size() - 2);
        assertThat(more).matches("… \\d+ more rows");
        int leftOut = Integer.parseInt(more.replaceAll("\\D", ""));
        assertThat(rows.size() - 2 + leftOut).isEqualTo(1_000);
        assertThat(rows.get(rows.size() - 3)).startsWith("Manager " + (1_000 - leftOut) + " ");
        assertThat(rows.get(rows.size() - 1)).startsWith("Total ");
    }

    @Test
    void cutsATableLineTooLongForASectionWithAnEllipsis() {
        List<Block.Column> columns = IntStream.range(0, 30).mapToObj(i -> new Block.Column("Column " + i, false)).toList();
        List<Block.Row> rows = IntStream.range(0, 3)
                .mapToObj(r -> new Block.Row(IntStream.range(0, 30).mapToObj(i -> Block.Cell.of("w".repeat(40))).toList(), r == 2))
                .toList();

        List<JsonObject> sections = render(new Block.Table("", columns, rows));

        assertThat(sections).allSatisfy(s -> assertThat(sectionText(s)).hasSizeLessThanOrEqualTo(3_000));
        List<String> lines = sections.stream().flatMap(s -> sectionText(s).replace("```", "").lines()).toList();
        assertThat(lines).as("two sections, each with the headers").hasSize(8).allSatisfy(line -> assertThat(line).hasSize(700).endsWith("…"));
    }

    @Test
    void fallbackTextCarriesTheTableEscaped() {
        Block.Table table = new Block.Table("Q4", List.of(new Block.Column("Manager", false), new Block.Column("Commit", true)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("Sam & <Kim>")), Block.Cell.flagged("$0.95M"))));

        assertThat(renderer.fallbackText(Message.of(new Block.Heading("Forecast"), table)))
                .isEqualTo("Forecast\nQ4\nManager      Commit\n-----------  --------\nSam &amp; &lt;Kim&gt;  $0.95M !");
    }

    @Test
    void splitsA120BlockMessageIntoThreeMessagesOfAtMost50Blocks() {
        List<Block> blocks = IntStream.range(0, 120).<Block>mapToObj(i -> new Block.Text("Line " + i)).toList();

        List<List<LayoutBlock>> messages = renderer.messages(new Message(blocks));

        assertThat(messages).extracting(List::size).containsExactly(50, 50, 20);
        JsonObject last = json(messages.get(2).get(19));
        assertThat(text(last.getAsJsonObject("text"))).isEqualTo("Line 119");
    }

    @Test
    void skipsFormBlocksInMessages() {
        Block.Form form = new Block.Form("deal-review", "Deal review",
                List.of(new Block.Input("budget", "Budget", Block.InputType.TEXT, false, "", null)), "Save");

        List<JsonObject> blocks = render(new Block.Heading("Review"), form, new Block.Text("Opened the form."));

        assertThat(blocks).extracting(b -> b.get("type").getAsString()).containsExactly("header", "section");
        assertThat(renderer.messages(Message.of(form))).isEmpty();
    }

    @Test
    void fallbackTextIsThePlainTextEscapedAndCutTo3000Chars() {
        Message message = Message.of(new Block.Heading("Deal review"),
                new Block.Text("*Hi* " + Markup.literal("<!channel>") + " " + "z".repeat(4_000)));

        String fallback = renderer.fallbackText(message);

        assertThat(fallback).hasSize(3_000).startsWith("Deal review\nHi &lt;!channel&gt; zzz");
    }

    @Test
    void rendersAFormAsAModalWithOneInputBlockPerInput() {
        Block.Form form = new Block.Form("deal-review", "Review of the Acme renewal deal", List.of(
                new Block.Input("economic-buyer", "Economic buyer", Block.InputType.TEXT, false, "Dana", null),
                new Block.Input("pain", "Pain", Block.InputType.LONG_TEXT, true, "", null),
                new Block.Input("amount", "Amount", Block.InputType.NUMBER, false, "240000", null),
                new Block.Input("signing-date", "Signing date", Block.InputType.DATE, false, "2026-12-15", null),
                new Block.Input("budget", "Budget", Block.InputType.CHOICE, false, "approved", List.of(
                        new Block.Option("none", "None"), new Block.Option("approved", "Approved")))),
                "Save the review now");

        JsonObject modal = json(renderer.modal(form, "{\"deal\":42}"));

        assertThat(modal.get("type").getAsString()).isEqualTo("modal");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("deal-review");
        assertThat(modal.get("private_metadata").getAsString()).isEqualTo("{\"deal\":42}");
        assertThat(modal.getAsJsonObject("title").get("type").getAsString()).isEqualTo("plain_text");
        assertThat(text(modal.getAsJsonObject("title"))).isEqualTo("Review of the Acme renew");
        assertThat(text(modal.getAsJsonObject("submit"))).isEqualTo("Save the review now");
        assertThat(text(modal.getAsJsonObject("close"))).isEqualTo("Cancel");

        List<JsonObject> blocks = objects(modal.getAsJsonArray("blocks"));
        assertThat(blocks).extracting(b -> b.get("type").getAsString()).containsOnly("input");
        assertThat(blocks).extracting(b -> b.get("block_id").getAsString())
                .containsExactly("economic-buyer", "pain", "amount", "signing-date", "budget");
        assertThat(blocks).extracting(b -> text(b.getAsJsonObject("label")))
                .containsExactly("Economic buyer", "Pain", "Amount", "Signing date", "Budget");
        assertThat(blocks).extracting(b -> b.get("optional").getAsBoolean()).containsExactly(false, true, false, false, false);

        List<JsonObject> elements = blocks.stream().map(b -> b.getAsJsonObject("element")).toList();
        assertThat(elements).extracting(e -> e.get("type").getAsString())
                .containsExactly("plain_text_input", "plain_text_input", "plain_text_input", "datepicker", "static_select");
        assertThat(elements).extracting(e -> e.get("action_id").getAsString()).containsOnly("value");
        assertThat(elements.get(0).get("initial_value").getAsString()).isEqualTo("Dana");
        assertThat(elements.get(0).get("multiline").getAsBoolean()).isFalse();
        assertThat(elements.get(1).get("multiline").getAsBoolean()).isTrue();
        assertThat(elements.get(1).has("initial_value")).isFalse();
        assertThat(elements.get(2).get("initial_value").getAsString()).isEqualTo("240000");
        assertThat(elements.get(3).get("initial_date").getAsString()).isEqualTo("2026-12-15");
        JsonObject select = elements.get(4);
        assertThat(objects(select.getAsJsonArray("options"))).extracting(o -> o.get("value").getAsString())
                .containsExactly("none", "approved");
        assertThat(select.getAsJsonObject("initial_option").get("value").getAsString()).isEqualTo("approved");
        assertThat(text(select.getAsJsonObject("initial_option").getAsJsonObject("text"))).isEqualTo("Approved");
    }

    @Test
    void leavesOutInitialDateAndOptionThatSlackWouldReject() {
        Block.Form form = new Block.Form("f", "Form", List.of(
                new Block.Input("when", "When", Block.InputType.DATE, false, "next Tuesday", null),
                new Block.Input("pick", "Pick", Block.InputType.CHOICE, false, "maybe",
                        List.of(new Block.Option("yes", "Yes")))),
                "Save");

        List<JsonObject> elements = objects(json(renderer.modal(form, "")).getAsJsonArray("blocks")).stream()
                .map(b -> b.getAsJsonObject("element"))
                .toList();

        assertThat(elements.get(0).has("initial_date")).isFalse();
        assertThat(elements.get(1).has("initial_option")).isFalse();
    }

    @Test
    void rendersAHomeViewWithTheMessageBlocks() {
        View home = renderer.home(Message.of(new Block.Heading("Your deals"), new Block.Divider(), new Block.Text("Acme")));

        JsonObject json = json(home);
        assertThat(json.get("type").getAsString()).isEqualTo("home");
        assertThat(objects(json.getAsJsonArray("blocks"))).extracting(b -> b.get("type").getAsString())
                .containsExactly("header", "divider", "section");
    }

    @Test
    void capsTheHomeViewAt100BlocksAndSaysTheListIsCut() {
        List<Block> blocks = IntStream.range(0, 150).<Block>mapToObj(i -> new Block.Text("Deal " + i)).toList();

        View home = renderer.home(new Message(blocks));

        assertThat(home.getBlocks()).hasSize(100);
        JsonObject last = json(home.getBlocks().get(99));
        assertThat(last.get("type").getAsString()).isEqualTo("context");
        JsonElement note = last.getAsJsonArray("elements").get(0);
        assertThat(text(note.getAsJsonObject())).containsIgnoringCase("cut");
        assertThat(text(json(home.getBlocks().get(98)).getAsJsonObject("text"))).isEqualTo("Deal 98");
    }
}
