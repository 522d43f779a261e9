package dev.dealcoach.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.TextCut;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders core {@link Message}s as Adaptive Cards (schema 1.5, as Microsoft Teams renders them) and
 * reads back what their {@code Action.Submit} buttons send.
 *
 * <p>Each card, together with the plain-text fallback sent in the same activity, stays under
 * {@value #MAX_CARD_BYTES} bytes of UTF-8 JSON: Teams rejects bot messages past about 100 KB and
 * advises staying within 80 KB. Long messages are split over several cards; a card never holds more
 * than one {@link Block.Form} or {@link Block.Choice}, because a submit action sends and validates
 * every input of its card. A {@link Block.Divider} draws a separator line above the element after it.
 *
 * <p>TextBlocks and facts are read as Markdown by Teams, so typed text (the literal runs of
 * {@link Markup}, and all plain-text fields) gets a zero-width space after the characters that could
 * start a link, emphasis, code or an auto-linked URL. Adaptive Cards render no HTML, so {@code <at>}
 * in typed text stays text and can never become a mention.
 *
 * <p>Input ids {@code dealcoach} and {@code msteams} are reserved: submitted data uses those keys.
 */
public final class AdaptiveCardRenderer {

    /** The content type of an Adaptive Card attachment. */
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    static final String VERSION = "1.5";

    static final int MAX_CARD_BYTES = 80_000;
    /** Text and Note markup longer than this is shown in several TextBlocks, so it can be split over cards. */
    static final int MAX_TEXT_CHARS = 4_000;
    /** Headings, labels, fact titles and values, option titles: our own short texts. */
    static final int MAX_PLAIN_TEXT = 2_000;
    static final int MAX_FACTS_PER_SET = 20;
    /** Teams' host config shows at most six actions per set and drops the rest. */
    static final int MAX_ACTIONS_PER_SET = 6;

    /** The key of our part of submitted data, and Teams' own key in it. */
    static final String DATA_KEY = "dealcoach";
    static final String TEAMS_KEY = "msteams";
    static final String CHOICE_INPUT_PREFIX = "dealcoach.choice.";
    static final String CHOOSE_LABEL = "Choose";
    static final String REQUIRED_MESSAGE = "Needed";
    static final String TOO_BIG_NOTE = "_This part is too big for a Teams card and is left out._";

    private static final char ZWSP = '\u200B';
    private static final Pattern LIST_ITEM = Pattern.compile("^(- |\\d+\\. ).*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SKELETON_BYTES = jsonBytes(skeleton());
    private static final Logger log = LoggerFactory.getLogger(AdaptiveCardRenderer.class);

    /** One card to send, with the plain text of what it shows (the activity's {@code text}). */
    public record Card(ObjectNode content, String fallbackText) {
    }

    /** What a press on one of our cards' submit actions means. */
    public sealed interface Submission permits Pressed, Submitted {
    }

    /** A button was pressed, or an option picked with a {@link Block.Choice}. */
    public record Pressed(String actionId, String value) implements Submission {
    }

    /** A {@link Block.Form} was submitted: its input values by input id, in the order Teams sent them. */
    public record Submitted(String formId, Map<String, String> values) implements Submission {
        public Submitted {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** A run of body elements that stays on one card, with the blocks it shows. */
    private record Piece(List<ObjectNode> elements, List<Block> blocks, boolean hasInputs, int bytes, int fallbackBytes) {
    }

    /**
     * The message as cards, in order, each within {@value #MAX_CARD_BYTES} bytes with its fallback
     * text. Empty when nothing in the message can be shown (only dividers, or choices without options).
     */
    public List<Card> cards(Message message) {
        List<Card> cards = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece piece : pieces(message)) {
            boolean twoInputOwners = piece.hasInputs() && current.stream().anyMatch(Piece::hasInputs);
            if (!current.isEmpty() && (twoInputOwners || size(current, piece) >= MAX_CARD_BYTES)) {
                cards.add(card(current));
                current = new ArrayList<>();
            }
            current.add(piece);
        }
        if (!current.isEmpty()) {
            cards.add(card(current));
        }
        return cards;
    }

    /** The whole message as plain text. */
    public String fallbackText(Message message) {
        return new PlainTextRenderer().render(message);
    }

    /** An activity attachment carrying the card. */
    public static Attachment attachment(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    /**
     * What an activity's {@code value} means when it came from one of our cards' submit actions; empty
     * for anything else. Takes the value as the SDK gives it: a map or a {@link JsonNode}.
     */
    public static Optional<Submission> read(Object activityValue) {
        JsonNode value = tree(activityValue);
        JsonNode ours = value == null ? null : value.get(DATA_KEY);
        if (ours == null || !ours.isObject()) {
            return Optional.empty();
        }
        String action = text(ours.get("action"));
        String form = text(ours.get("form"));
        if (action != null && form == null) {
            return pressed(action, ours, value);
        } else if (form != null && action == null) {
            return Optional.of(new Submitted(form, formValues(value)));
        }
        return Optional.empty();
    }

    // ---- splitting into cards

    private List<Piece> pieces(Message message) {
        List<Piece> pieces = new ArrayList<>();
        List<Block> dividers = new ArrayList<>();
        int choices = 0;
        for (Block block : message.blocks()) {
            for (Block part : parts(block)) {
                if (part instanceof Block.Divider) {
                    dividers.add(part);
                    continue;
                }
                List<ObjectNode> elements = render(part, choices);
                if (elements.isEmpty()) {
                    continue;
                }
                choices += part instanceof Block.Choice ? 1 : 0;
                if (!dividers.isEmpty()) {
                    elements.get(0).put("separator", true);
                }
                List<Block> shown = new ArrayList<>(dividers);
                shown.add(part);
                dividers.clear();
                pieces.add(piece(elements, shown, part instanceof Block.Form || part instanceof Block.Choice));
            }
        }
        if (!dividers.isEmpty() && !pieces.isEmpty()) {
            // a closing divider draws nothing, but keeps its place in the fallback text
            Piece last = pieces.remove(pieces.size() - 1);
            List<Block> shown = new ArrayList<>(last.blocks());
            shown.addAll(dividers);
            pieces.add(piece(last.elements(), shown, last.hasInputs()));
        }
        return pieces;
    }

    /** The block cut into parts that may go on different cards: long text, many fields or buttons. */
    private static List<Block> parts(Block block) {
        if (block instanceof Block.Text text) {
            return markupChunks(text.markup(), MAX_TEXT_CHARS).stream().<Block>map(Block.Text::new).toList();
        } else if (block instanceof Block.Note note) {
            return markupChunks(note.markup(), MAX_TEXT_CHARS).stream().<Block>map(Block.Note::new).toList();
        } else if (block instanceof Block.Fields fields) {
            return groups(fields.fields(), MAX_FACTS_PER_SET).stream().<Block>map(Block.Fields::new).toList();
        } else if (block instanceof Block.Buttons buttons) {
            return groups(buttons.buttons(), MAX_ACTIONS_PER_SET).stream().<Block>map(Block.Buttons::new).toList();
        }
        return List.of(block);
    }

    private Piece piece(List<ObjectNode> elements, List<Block> blocks, boolean hasInputs) {
        int bytes = elements.stream().mapToInt(AdaptiveCardRenderer::jsonBytes).sum() + elements.size() - 1;
        int fallbackBytes = jsonBytes(TextNode.valueOf(fallbackText(new Message(blocks)))) - 2;
        Piece piece = new Piece(elements, blocks, hasInputs, bytes, fallbackBytes);
        if (size(List.of(), piece) < MAX_CARD_BYTES) {
            return piece;
        }
        log.warn("A {} block is too big for a Teams card ({} bytes); it is left out", blocks.get(blocks.size() - 1)
                .getClass().getSimpleName(), bytes);
        ObjectNode note = note(TOO_BIG_NOTE);
        if (elements.get(0).has("separator")) {
            note.put("separator", true);
        }
        return piece(new ArrayList<>(List.of(note)), List.of(new Block.Note(TOO_BIG_NOTE)), false);
    }

    /** Exact UTF-8 size of the card JSON plus the fallback JSON string, were {@code next} added. */
    private static int size(List<Piece> pieces, Piece next) {
        int size = SKELETON_BYTES + 2; // the fallback string's quotes
        for (Piece piece : pieces) {
            size += piece.bytes() + 1 + piece.fallbackBytes() + 2; // a comma, an escaped "\n"
        }
        return size + next.bytes() + next.fallbackBytes();
    }

    private Card card(List<Piece> pieces) {
        ObjectNode card = skeleton();
        ArrayNode body = card.withArray("body");
        List<Block> blocks = new ArrayList<>();
        for (Piece piece : pieces) {
            piece.elements().forEach(body::add);
            blocks.addAll(piece.blocks());
        }
        return new Card(card, fallbackText(new Message(blocks)));
    }

    private static ObjectNode skeleton() {
        ObjectNode card = NODES.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", SCHEMA)
                .put("version", VERSION);
        card.putArray("body");
        card.putArray("actions");
        return card;
    }

    // ---- blocks to elements

    private static List<ObjectNode> render(Block block, int choiceIndex) {
        if (block instanceof Block.Heading heading) {
            return heading(heading.text());
        } else if (block instanceof Block.Text text) {
            String markdown = markdown(text.markup());
            return markdown.isBlank() ? List.of() : mutable(textBlock(markdown));
        } else if (block instanceof Block.Note note) {
            String markdown = markdown(note.markup());
            return markdown.isBlank() ? List.of() : mutable(note(markdown));
        } else if (block instanceof Block.Fields fields) {
            return fields.fields().isEmpty() ? List.of() : mutable(factSet(fields));
        } else if (block instanceof Block.Buttons buttons) {
            return buttons.buttons().isEmpty() ? List.of() : mutable(actionSet(buttons));
        } else if (block instanceof Block.Choice choice) {
            return choice(choice, CHOICE_INPUT_PREFIX + choiceIndex);
        } else if (block instanceof Block.Form form) {
            return form(form);
        }
        return List.of();
    }

    private static List<ObjectNode> heading(String text) {
        String shown = TextCut.first(text.strip(), MAX_PLAIN_TEXT);
        if (shown.isEmpty()) {
            return List.of();
        }
        return mutable(textBlock(plain(shown)).put("size", "Medium").put("weight", "Bolder"));
    }

    private static ObjectNode textBlock(String markdown) {
        return NODES.objectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
    }

    private static ObjectNode note(String markdown) {
        return textBlock(markdown).put("size", "Small").put("isSubtle", true);
    }

    private static ObjectNode factSet(Block.Fields fields) {
        ObjectNode set = NODES.objectNode().put("type", "FactSet");
        ArrayNode facts = set.putArray("facts");
        for (Block.Field field : fields.fields()) {
            facts.addObject()
                    .put("title", plain(TextCut.first(field.label().strip(), MAX_PLAIN_TEXT)))
                    .put("value", plain(TextCut.first(field.value(), MAX_PLAIN_TEXT)));
        }
        return set;
    }

    private static ObjectNode actionSet(Block.Buttons buttons) {
        ObjectNode set = NODES.objectNode().put("type", "ActionSet");
        ArrayNode actions = set.putArray("actions");
        for (Block.Button button : buttons.buttons()) {
            ObjectNode action = actions.addObject()
                    .put("type", "Action.Submit")
                    .put("title", TextCut.first(button.label(), MAX_PLAIN_TEXT));
            style(button.style()).ifPresent(style -> action.put("style", style));
            // a button must neither send nor wait on the inputs of a form on the same card
            action.put("associatedInputs", "none");
            ours(action).put("action", button.actionId()).put("value", button.value());
        }
        return set;
    }

    private static Optional<String> style(Block.Style style) {
        return switch (style) {
            case PRIMARY -> Optional.of("positive");
            case DANGER -> Optional.of("destructive");
            case DEFAULT -> Optional.empty();
        };
    }

    private static List<ObjectNode> choice(Block.Choice choice, String inputId) {
        if (choice.options().isEmpty()) {
            return List.of(); // a choice set without choices offers nothing to pick
        }
        ObjectNode input = NODES.objectNode()
                .put("type", "Input.ChoiceSet")
                .put("id", inputId)
                .put("style", "compact");
        String placeholder = TextCut.first(choice.placeholder().strip(), MAX_PLAIN_TEXT);
        if (!placeholder.isEmpty()) {
            input.put("placeholder", placeholder);
        }
        required(input);
        choices(input, choice.options());
        ObjectNode set = NODES.objectNode().put("type", "ActionSet");
        ObjectNode choose = set.putArray("actions").addObject()
                .put("type", "Action.Submit")
                .put("title", CHOOSE_LABEL);
        ours(choose).put("action", choice.actionId()).put("input", inputId);
        return new ArrayList<>(List.of(input, set));
    }

    private static List<ObjectNode> form(Block.Form form) {
        List<ObjectNode> elements = new ArrayList<>(heading(form.title()));
        form.inputs().stream().map(AdaptiveCardRenderer::input).forEach(elements::add);
        ObjectNode set = NODES.objectNode().put("type", "ActionSet");
        ObjectNode submit = set.putArray("actions").addObject()
                .put("type", "Action.Submit")
                .put("title", TextCut.first(form.submitLabel(), MAX_PLAIN_TEXT));
        ours(submit).put("form", form.formId());
        elements.add(set);
        return elements;
    }

    private static ObjectNode input(Block.Input input) {
        return switch (input.type()) {
            case TEXT -> textInput(input, false);
            case LONG_TEXT -> textInput(input, true);
            case NUMBER -> numberInput(input);
            case DATE -> dateInput(input);
            case CHOICE -> input.options().isEmpty() ? textInput(input, false) : choiceInput(input);
        };
    }

    private static ObjectNode inputElement(String type, Block.Input input) {
        ObjectNode node = NODES.objectNode()
                .put("type", type)
                .put("id", input.id())
                .put("label", TextCut.first(input.label(), MAX_PLAIN_TEXT));
        if (input.optional()) {
            node.put("isRequired", false);
        } else {
            required(node);
        }
        return node;
    }

    private static void required(ObjectNode input) {
        input.put("isRequired", true).put("errorMessage", REQUIRED_MESSAGE);
    }

    private static ObjectNode textInput(Block.Input input, boolean multiline) {
        ObjectNode node = inputElement("Input.Text", input);
        if (multiline) {
            node.put("isMultiline", true);
        }
        if (!input.initialValue().isEmpty()) {
            node.put("value", input.initialValue());
        }
        return node;
    }

    private static ObjectNode numberInput(Block.Input input) {
        ObjectNode node = inputElement("Input.Number", input);
        number(input.initialValue()).ifPresent(value -> node.put("value", value));
        return node;
    }

    private static ObjectNode dateInput(Block.Input input) {
        ObjectNode node = inputElement("Input.Date", input);
        isoDate(input.initialValue()).ifPresent(date -> node.put("value", date));
        return node;
    }

    private static ObjectNode choiceInput(Block.Input input) {
        ObjectNode node = inputElement("Input.ChoiceSet", input).put("style", "compact");
        choices(node, input.options());
        // a value that is none of the choices would show as nothing picked, yet be submitted
        if (input.options().stream().anyMatch(o -> o.value().equals(input.initialValue()))) {
            node.put("value", input.initialValue());
        }
        return node;
    }

    private static void choices(ObjectNode input, List<Block.Option> options) {
        ArrayNode choices = input.putArray("choices");
        for (Block.Option option : options) {
            choices.addObject().put("title", TextCut.first(option.label(), MAX_PLAIN_TEXT)).put("value", option.value());
        }
    }

    /** The {@code dealcoach} object of an action's data. */
    private static ObjectNode ours(ObjectNode action) {
        return action.putObject("data").putObject(DATA_KEY);
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- text

    /** Markup as Teams Markdown: {@code *bold*} doubled, literal runs escaped, line breaks kept. */
    static String markdown(String markup) {
        StringBuilder out = new StringBuilder(markup.length() + 16);
        for (Markup.Segment segment : Markup.segments(markup)) {
            out.append(segment.literal() ? escape(segment.text()) : segment.text().replace("*", "**"));
        }
        return lineBreaks(out.toString());
    }

    /** Plain text made safe to show in a Markdown field. */
    static String plain(String text) {
        return lineBreaks(escape(text));
    }

    /**
     * Puts a zero-width space after each character that could open a link ({@code [ ]}, and
     * {@code ://} or {@code www.} of a bare URL), emphasis or code ({@code * _ ~ `}), or escape our
     * own markup that follows ({@code \}). The text looks the same but forms no Markdown.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if ("[]*_~`\\".indexOf(c) >= 0
                    || (c == '/' && i >= 2 && text.startsWith("://", i - 2))
                    || (c == 'w' && i >= 2 && text.regionMatches(true, i - 2, "www.", 0, 4))) {
                out.append(ZWSP);
            }
        }
        return out.toString();
    }

    /**
     * Teams joins lines of a TextBlock unless they are list items or a blank line parts them: a
     * break between two list items stays single (a double one would indent the next item), any
     * other break is doubled.
     */
    private static String lineBreaks(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + lines.length).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean inList = LIST_ITEM.matcher(lines[i - 1]).matches() && LIST_ITEM.matcher(lines[i]).matches();
            out.append(inList ? "\n" : "\n\n").append(lines[i]);
        }
        return out.toString();
    }

    /**
     * Markup cut into pieces of at most {@code max} shown characters, at line breaks where possible,
     * each still valid markup (a literal run cut in two stays literal on both sides). Blank pieces go.
     */
    static List<String> markupChunks(String markup, int max) {
        List<Markup.Segment> segments = Markup.segments(markup);
        String shown = Markup.plain(markup);
        List<String> chunks = new ArrayList<>();
        int from = 0;
        while (from < shown.length()) {
            int to = Math.min(shown.length(), from + max);
            int next = to;
            if (to < shown.length()) {
                int lineBreak = shown.lastIndexOf('\n', to);
                int space = shown.lastIndexOf(' ', to);
                if (lineBreak > from) {
                    to = lineBreak;
                    next = lineBreak + 1;
                } else if (space > from + max / 2) {
                    to = space;
                    next = space + 1;
                } else if (Character.isHighSurrogate(shown.charAt(to - 1))) {
                    to--;
                    next = to;
                }
            }
            String chunk = slice(segments, from, to);
            if (!Markup.plain(chunk).isBlank()) {
                chunks.add(chunk);
            }
            from = next;
        }
        return chunks.isEmpty() && !markup.isEmpty() ? List.of(markup) : chunks;
    }

    /** The markup of shown characters {@code [from, to)}. */
    private static String slice(List<Markup.Segment> segments, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        int start = 0;
        for (Markup.Segment segment : segments) {
            int end = start + segment.text().length();
            if (end > from && start < to) {
                String part = segment.text().substring(Math.max(from, start) - start, Math.min(to, end) - start);
                out.append(segment.literal() ? Markup.literal(part) : part);
            }
            start = end;
        }
        return out.toString();
    }

    private static <T> List<List<T>> groups(List<T> items, int size) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> groups = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            groups.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return groups;
    }


    private static List<ObjectNode> mutable(ObjectNode element) {
        return new ArrayList<>(List.of(element));
    }

    static int jsonBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    // ---- reading submissions

    private static JsonNode tree(Object activityValue) {
        if (activityValue == null) {
            return null;
        }
        try {
            JsonNode tree = Serialization.objectToTree(activityValue);
            return tree != null && tree.isObject() ? tree : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Submission> pressed(String action, JsonNode ours, JsonNode value) {
        JsonNode input = ours.get("input");
        if (input == null) {
            JsonNode pressed = ours.get("value");
            if (pressed == null || pressed.isNull()) {
                return Optional.of(new Pressed(action, ""));
            }
            return pressed.isTextual() ? Optional.of(new Pressed(action, pressed.textValue())) : Optional.empty();
        }
        // a choice: the picked option is the value of the named input, next to our data
        String inputId = text(input);
        JsonNode picked = inputId == null ? null : value.get(inputId);
        if (picked == null || !picked.isValueNode() || picked.isNull() || picked.asText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pressed(action, picked.asText()));
    }

    private static Map<String, String> formValues(JsonNode value) {
        Map<String, String> values = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(DATA_KEY) && !field.getKey().equals(TEAMS_KEY)) {
                values.put(field.getKey(), asString(field.getValue()));
            }
        });
        return values;
    }

    private static String asString(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A non-empty string node's text, else null. */
    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty() ? node.textValue() : null;
    }
}
