package dev.dealcoach.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.TableText;
import dev.dealcoach.core.conversation.TextCut;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Core blocks as Adaptive Card body elements (schema 1.5, as Microsoft Teams renders them). Their
 * {@code Action.Submit} actions carry our data under {@value #DATA_KEY}, which
 * {@link CardSubmissions} reads back; input ids {@code dealcoach} and {@code msteams} are reserved,
 * because submitted data uses those keys.
 */
final class AdaptiveCardElements {

    /** The key of our part of submitted data. */
    static final String DATA_KEY = "dealcoach";
    /** Headings, labels, fact titles and values, option titles: our own short texts. */
    private static final int MAX_PLAIN_TEXT = 2_000;
    private static final String CHOICE_INPUT_PREFIX = "dealcoach.choice.";
    private static final String CHOOSE_LABEL = "Choose";
    private static final String REQUIRED_MESSAGE = "Needed";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AdaptiveCardElements() {
    }

    /**
     * The block's elements, none when it shows nothing (a {@link Block.Divider}, blank text, a choice
     * without options). {@code choiceIndex} names a choice's input, so it must differ per choice.
     */
    static List<ObjectNode> of(Block block, int choiceIndex) {
        if (block instanceof Block.Heading heading) {
            return heading(heading.text());
        } else if (block instanceof Block.Text text) {
            String markdown = TeamsMarkdown.markdown(text.markup());
            return markdown.isBlank() ? List.of() : List.of(textBlock(markdown));
        } else if (block instanceof Block.Note note) {
            String markdown = TeamsMarkdown.markdown(note.markup());
            return markdown.isBlank() ? List.of() : List.of(note(markdown));
        } else if (block instanceof Block.Fields fields) {
            return fields.fields().isEmpty() ? List.of() : List.of(factSet(fields));
        } else if (block instanceof Block.Buttons buttons) {
            return buttons.buttons().isEmpty() ? List.of() : List.of(actionSet(buttons));
        } else if (block instanceof Block.Choice choice) {
            return choice(choice, CHOICE_INPUT_PREFIX + choiceIndex);
        } else if (block instanceof Block.Form form) {
            return form(form);
        } else if (block instanceof Block.Table table) {
            return table(table);
        }
        return List.of();
    }

    /** A small, subtle TextBlock. */
    static ObjectNode note(String markdown) {
        return textBlock(markdown).put("size", "Small").put("isSubtle", true);
    }

    private static List<ObjectNode> heading(String text) {
        String shown = TextCut.first(text.strip(), MAX_PLAIN_TEXT);
        if (shown.isEmpty()) {
            return List.of();
        }
        return List.of(textBlock(TeamsMarkdown.plain(shown)).put("size", "Medium").put("weight", "Bolder"));
    }

    private static ObjectNode textBlock(String markdown) {
        return NODES.objectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
    }

    /**
     * The caption in small print, then a Table with the headers as its first row: numeric columns
     * aligned right, headers and total rows bold, a flagged cell in the attention colour and marked
     * {@code " !"}. Each column's width is a weight, its width in {@link TableText}.
     */
    private static List<ObjectNode> table(Block.Table table) {
        List<ObjectNode> elements = new ArrayList<>();
        String caption = TextCut.first(table.caption().strip(), MAX_PLAIN_TEXT);
        if (!caption.isEmpty()) {
            elements.add(note(TeamsMarkdown.plain(caption)));
        }
        ObjectNode node = NODES.objectNode().put("type", "Table").put("firstRowAsHeader", true);
        ArrayNode columns = node.putArray("columns");
        List<Integer> widths = TableText.of(table).widths();
        for (int c = 0; c < widths.size(); c++) {
            ObjectNode column = columns.addObject().put("width", widths.get(c));
            if (table.columns().get(c).numeric()) {
                column.put("horizontalCellContentAlignment", "Right");
            }
        }
        ArrayNode rows = node.putArray("rows");
        ArrayNode header = tableRow(rows);
        for (Block.Column column : table.columns()) {
            tableCell(header, TeamsMarkdown.plain(TextCut.first(column.header().strip(), MAX_PLAIN_TEXT)), true, false);
        }
        for (Block.Row row : table.rows()) {
            ArrayNode cells = tableRow(rows);
            for (Block.Cell cell : row.cells()) {
                tableCell(cells, TeamsMarkdown.markdown(cell.markup()), row.total(), cell.flagged());
            }
        }
        elements.add(node);
        return elements;
    }

    private static ArrayNode tableRow(ArrayNode rows) {
        return rows.addObject().put("type", "TableRow").putArray("cells");
    }

    private static void tableCell(ArrayNode cells, String markdown, boolean bold, boolean flagged) {
        ArrayNode items = cells.addObject().put("type", "TableCell").putArray("items");
        if (markdown.isBlank() && !flagged) {
            return;
        }
        ObjectNode text = textBlock(flagged ? markdown + " !" : markdown);
        if (bold) {
            text.put("weight", "Bolder");
        }
        if (flagged) {
            text.put("color", "Attention");
        }
        items.add(text);
    }

    private static ObjectNode factSet(Block.Fields fields) {
        ObjectNode set = NODES.objectNode().put("type", "FactSet");
        ArrayNode facts = set.putArray("facts");
        for (Block.Field field : fields.fields()) {
            facts.addObject()
                    .put("title", TeamsMarkdown.plain(TextCut.first(field.label().strip(), MAX_PLAIN_TEXT)))
                    .put("value", TeamsMarkdown.plain(TextCut.first(field.value(), MAX_PLAIN_TEXT)));
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
        return List.of(input, set);
    }

    private static List<ObjectNode> form(Block.Form form) {
        List<ObjectNode> elements = new ArrayList<>(heading(form.title()));
        form.inputs().stream().map(AdaptiveCardElements::input).forEach(elements::add);
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
}
