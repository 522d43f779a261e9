package dev.dealcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Groups;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.TableText;
import dev.dealcoach.core.conversation.TextCut;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders core {@link Message}s as Slack Block Kit: message blocks, modals for {@link Block.Form}s
 * and the App Home, always within Slack's documented size limits; a {@link Block.Table} as padded
 * code blocks.
 *
 * <p>Text that people typed (the literal runs of {@link Markup}) is escaped so it can never form a
 * mention or a link, and mrkdwn text is sent {@code verbatim} so Slack does not auto-link it either.
 */
public final class BlockKitRenderer {

    static final int MAX_MESSAGE_BLOCKS = 50;
    static final int MAX_VIEW_BLOCKS = 100;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_SECTION_TEXT = 3_000;
    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_TEXT = 2_000;
    static final int MAX_ACTION_ELEMENTS = 25;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_BUTTON_VALUE = 2_000;
    static final int MAX_OPTIONS = 100;
    static final int MAX_OPTION_TEXT = 75;
    static final int MAX_OPTION_VALUE = 150;
    static final int MAX_PLACEHOLDER = 150;
    static final int MAX_VIEW_TITLE = 24;
    static final int MAX_INPUT_LABEL = 2_000;
    static final int MAX_INPUT_VALUE = 3_000;
    static final int MAX_FALLBACK_TEXT = 3_000;
    /** Sections a table takes at most, so that it always leaves room in a message for the blocks around it. */
    static final int MAX_TABLE_SECTIONS = 10;
    /** Longer lines of a table are cut: the two header lines and a total row with its rule then fit any section. */
    static final int MAX_TABLE_LINE = 700;
    private static final String CODE_FENCE = "```";

    /** The action id of the element that holds each modal input's value. */
    public static final String VALUE_ACTION_ID = "value";

    private static final String CUT_NOTE = "_The list is cut here: there is more than fits on this page._";

    /**
     * The message as one or more block lists, each of at most 50 blocks and each meant for one
     * {@code chat.postMessage}. Forms are skipped: they open as {@link #modal modals}. The result is
     * empty when nothing but forms is left to show.
     */
    public List<List<LayoutBlock>> messages(Message message) {
        return Groups.of(blocks(message), MAX_MESSAGE_BLOCKS);
    }

    /**
     * The notification text sent along with the blocks, escaped because Slack reads a message's
     * top-level text as mrkdwn and would otherwise turn typed {@code <!channel>} into a mention.
     */
    public String fallbackText(Message message) {
        return cutMrkdwn(escape(new PlainTextRenderer().render(message)), MAX_FALLBACK_TEXT);
    }

    /** A modal that collects the form's inputs; its callback id is the form id. */
    public View modal(Block.Form form, String privateMetadata) {
        List<LayoutBlock> blocks = form.inputs().stream()
                .limit(MAX_VIEW_BLOCKS)
                .map(BlockKitRenderer::inputBlock)
                .toList();
        return view(v -> v.type("modal")
                .callbackId(form.formId())
                .title(viewTitle(t -> t.type("plain_text").text(TextCut.first(form.title(), MAX_VIEW_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text(TextCut.first(form.submitLabel(), MAX_VIEW_TITLE))))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }

    /** An App Home view of the message; past 100 blocks it is cut and says so. */
    public View home(Message message) {
        List<LayoutBlock> blocks = blocks(message);
        if (blocks.size() > MAX_VIEW_BLOCKS) {
            blocks = new ArrayList<>(blocks.subList(0, MAX_VIEW_BLOCKS - 1));
            blocks.add(note(CUT_NOTE));
        }
        List<LayoutBlock> shown = blocks;
        return view(v -> v.type("home").blocks(shown));
    }

    /** Unique among the buttons of a block; {@link SlackInbound#coreActionId} reads the core id back. */
    private static String slackActionId(String coreActionId, int index) {
        return coreActionId + "#" + index;
    }

    private List<LayoutBlock> blocks(Message message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Block block : message.blocks()) {
            blocks.addAll(render(block));
        }
        return blocks;
    }

    private List<LayoutBlock> render(Block block) {
        if (block instanceof Block.Heading heading) {
            return heading(heading);
        } else if (block instanceof Block.Text text) {
            return chunks(mrkdwn(text.markup())).stream()
                    .<LayoutBlock>map(chunk -> section(s -> s.text(verbatim(chunk))))
                    .toList();
        } else if (block instanceof Block.Fields fields) {
            return fields(fields);
        } else if (block instanceof Block.Buttons buttons) {
            return buttons(buttons);
        } else if (block instanceof Block.Choice choice) {
            return choice(choice);
        } else if (block instanceof Block.Divider) {
            return List.of(divider());
        } else if (block instanceof Block.Note note) {
            return chunks(mrkdwn(note.markup())).stream().map(BlockKitRenderer::note).toList();
        } else if (block instanceof Block.Table table) {
            return table(table);
        }
        return List.of(); // Block.Form opens as a modal instead
    }

    private static List<LayoutBlock> heading(Block.Heading heading) {
        // plain_text is never parsed for mentions or links, so the heading needs no escaping
        String text = TextCut.first(heading.text().strip(), MAX_HEADER_TEXT);
        return text.isEmpty() ? List.of() : List.of(header(h -> h.text(plainText(text))));
    }

    private static List<LayoutBlock> fields(Block.Fields fields) {
        List<TextObject> texts = fields.fields().stream()
                .map(BlockKitRenderer::field)
                .filter(text -> !text.isBlank())
                .<TextObject>map(BlockKitRenderer::verbatim)
                .toList();
        List<LayoutBlock> sections = new ArrayList<>();
        for (List<TextObject> group : Groups.of(texts, MAX_FIELDS)) {
            sections.add(section(s -> s.fields(group)));
        }
        return sections;
    }

    private static String field(Block.Field field) {
        String label = escape(field.label().strip());
        String value = escape(field.value());
        String text = label.isEmpty() ? value : "*" + label + "*\n" + value;
        return cutMrkdwn(text, MAX_FIELD_TEXT);
    }

    /**
     * A table as its caption in small print and its {@link TableText} in code blocks, one per section,
     * each starting with the headers. Slack's own table block is reported to go one to a message, in
     * its attachments below all its blocks, and not into App Home. Rows that would need more than
     * {@value #MAX_TABLE_SECTIONS} sections are left out, except total rows at the end, and a line
     * where they would be says how many.
     */
    private static List<LayoutBlock> table(Block.Table table) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String caption = table.caption().strip();
        if (!caption.isEmpty()) {
            blocks.add(note(cutMrkdwn(literal(caption), MAX_SECTION_TEXT)));
        }
        TableText text = TableText.of(table);
        List<String> head = text.head().stream().map(BlockKitRenderer::codeLines).toList();
        List<String> rows = text.rows().stream().map(BlockKitRenderer::codeLines).toList();
        for (String section : tableSections(head, rows, totalsAtTheEnd(table))) {
            blocks.add(section(s -> s.text(verbatim(section))));
        }
        return blocks;
    }

    private static int totalsAtTheEnd(Block.Table table) {
        int totals = 0;
        for (int i = table.rows().size() - 1; i >= 0 && table.rows().get(i).total(); i--) {
            totals++;
        }
        return totals;
    }

    private static List<String> tableSections(List<String> head, List<String> rows, int totals) {
        List<String> all = codeBlocks(head, rows);
        if (all.size() <= MAX_TABLE_SECTIONS) {
            return all;
        }
        List<String> kept = rows.subList(rows.size() - totals, rows.size());
        if (totals == rows.size() || codeBlocks(head, shown(rows.subList(0, rows.size() - totals), 0, kept)).size() > MAX_TABLE_SECTIONS) {
            kept = List.of();
        }
        int others = rows.size() - kept.size();
        int fitting = 0;
        int low = 1;
        int high = others - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (codeBlocks(head, shown(rows.subList(0, others), middle, kept)).size() <= MAX_TABLE_SECTIONS) {
                fitting = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return codeBlocks(head, shown(rows.subList(0, others), fitting, kept));
    }

    /** The first {@code count} of {@code rows}, a line saying how many of them are left out, and {@code kept}. */
    private static List<String> shown(List<String> rows, int count, List<String> kept) {
        List<String> shown = new ArrayList<>(rows.subList(0, count));
        int left = rows.size() - count;
        shown.add(left == 1 ? "… 1 more row" : "… " + left + " more rows");
        shown.addAll(kept);
        return shown;
    }

    /** The rows in as few code blocks of at most a section's text as hold them, each starting with the headers. */
    private static List<String> codeBlocks(List<String> head, List<String> rows) {
        String top = String.join("\n", head);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder(top);
        boolean hasRows = false;
        for (String row : rows) {
            if (hasRows && block.length() + 1 + row.length() + 2 * CODE_FENCE.length() > MAX_SECTION_TEXT) {
                blocks.add(CODE_FENCE + block + CODE_FENCE);
                block = new StringBuilder(top);
            }
            block.append('\n').append(row);
            hasRows = true;
        }
        blocks.add(CODE_FENCE + block + CODE_FENCE);
        return blocks;
    }

    /**
     * Lines of a table as code-block mrkdwn: escaped, a zero-width space after each backtick so that
     * typed text can never close the block, and each cut to {@value #MAX_TABLE_LINE} characters
     * with an ellipsis.
     */
    private static String codeLines(String lines) {
        List<String> code = new ArrayList<>();
        for (String line : lines.split("\n", -1)) {
            String escaped = escape(line).replace("`", "`\u200B");
            code.add(escaped.length() <= MAX_TABLE_LINE ? escaped : cutMrkdwn(escaped, MAX_TABLE_LINE - 1) + "…");
        }
        return String.join("\n", code);
    }

    private static List<LayoutBlock> buttons(Block.Buttons buttons) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < buttons.buttons().size(); i++) {
            elements.add(buttonElement(buttons.buttons().get(i), i));
        }
        List<LayoutBlock> rows = new ArrayList<>();
        for (List<BlockElement> row : Groups.of(elements, MAX_ACTION_ELEMENTS)) {
            rows.add(actions(row));
        }
        return rows;
    }

    private static BlockElement buttonElement(Block.Button button, int index) {
        // Slack rejects an empty value, so an empty core value is left out
        String value = button.value().isEmpty() ? null : TextCut.first(button.value(), MAX_BUTTON_VALUE);
        return button(b -> b.actionId(slackActionId(button.actionId(), index))
                .text(plainText(TextCut.first(button.label(), MAX_BUTTON_TEXT)))
                .value(value)
                .style(style(button.style())));
    }

    private static String style(Block.Style style) {
        return switch (style) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            case DEFAULT -> null;
        };
    }

    private static List<LayoutBlock> choice(Block.Choice choice) {
        if (choice.options().isEmpty()) {
            return List.of(); // a static_select without options is invalid
        }
        BlockElement select = staticSelect(s -> s.actionId(slackActionId(choice.actionId(), 0))
                .placeholder(placeholder(choice.placeholder()))
                .options(options(choice.options())));
        return List.of(actions(List.of(select)));
    }

    private static LayoutBlock inputBlock(Block.Input input) {
        return input(i -> i.blockId(input.id())
                .label(plainText(TextCut.first(input.label(), MAX_INPUT_LABEL)))
                .optional(input.optional())
                .element(inputElement(input)));
    }

    private static BlockElement inputElement(Block.Input input) {
        return switch (input.type()) {
            case DATE -> datePicker(d -> d.actionId(VALUE_ACTION_ID).initialDate(isoDate(input.initialValue())));
            case CHOICE -> input.options().isEmpty() ? textInput(input, false) : choiceInput(input);
            case LONG_TEXT -> textInput(input, true);
            case TEXT, NUMBER -> textInput(input, false);
        };
    }

    private static BlockElement textInput(Block.Input input, boolean multiline) {
        String initial = input.initialValue().isEmpty() ? null : TextCut.first(input.initialValue(), MAX_INPUT_VALUE);
        return plainTextInput(p -> p.actionId(VALUE_ACTION_ID).multiline(multiline).initialValue(initial));
    }

    private static BlockElement choiceInput(Block.Input input) {
        List<OptionObject> options = options(input.options());
        // Slack requires initial_option to equal one of the options exactly
        OptionObject initial = options.stream()
                .filter(o -> o.getValue().equals(input.initialValue()))
                .findFirst()
                .orElse(null);
        return staticSelect(s -> s.actionId(VALUE_ACTION_ID).options(options).initialOption(initial));
    }

    private static List<OptionObject> options(List<Block.Option> options) {
        return options.stream()
                .limit(MAX_OPTIONS)
                .map(o -> option(plainText(TextCut.first(o.label(), MAX_OPTION_TEXT)), TextCut.first(o.value(), MAX_OPTION_VALUE)))
                .toList();
    }

    private static String isoDate(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static PlainTextObject placeholder(String text) {
        String cut = TextCut.first(text.strip(), MAX_PLACEHOLDER);
        return cut.isEmpty() ? null : plainText(cut);
    }

    private static LayoutBlock note(String mrkdwn) {
        return context(List.of(verbatim(mrkdwn)));
    }

    private static MarkdownTextObject verbatim(String mrkdwn) {
        return markdownText(m -> m.text(mrkdwn).verbatim(true));
    }

    /** Markup as Slack mrkdwn: literal runs escaped, list lines starting "- " shown with bullets. */
    static String mrkdwn(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        boolean lineStart = true;
        for (Markup.Segment segment : Markup.segments(markup)) {
            String text = segment.text();
            out.append(segment.literal() ? literal(text) : bullets(text, lineStart));
            if (!text.isEmpty()) {
                lineStart = text.endsWith("\n");
            }
        }
        return out.toString();
    }

    private static String bullets(String markup, boolean startsAtLineStart) {
        String[] lines = markup.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if ((i > 0 || startsAtLineStart) && lines[i].startsWith("- ")) {
                lines[i] = "• " + lines[i].substring(2);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Typed text as mrkdwn that shows as typed: escaped, and with a zero-width space after each
     * formatting mark so that {@code *x*}, {@code _x_}, {@code ~x~} and {@code `x`} stay plain.
     */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : escape(text).toCharArray()) {
            out.append(c);
            if (c == '*' || c == '_' || c == '~' || c == '`') {
                out.append('\u200B');
            }
        }
        return out.toString();
    }

    /** Escapes the three characters Slack parses in text: user text can then form no mention or link. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The mrkdwn as section texts. Slack's limit counts the text as sent, escapes included, so the
     * rendered text (no literals left in it) is cut, and never inside an entity.
     */
    private static List<String> chunks(String mrkdwn) {
        return Markup.chunks(mrkdwn, MAX_SECTION_TEXT, BlockKitRenderer::cutMrkdwn);
    }

    /** Like {@link TextCut#first} but never splitting an entity such as {@code &amp;}, which would show as junk. */
    private static String cutMrkdwn(String mrkdwn, int max) {
        String cut = TextCut.first(mrkdwn, max);
        if (cut.length() == mrkdwn.length()) {
            return cut;
        }
        int amp = cut.lastIndexOf('&');
        if (amp >= 0 && amp >= cut.length() - 4 && cut.indexOf(';', amp) < 0) {
            return cut.substring(0, amp);
        }
        return cut;
    }
}
