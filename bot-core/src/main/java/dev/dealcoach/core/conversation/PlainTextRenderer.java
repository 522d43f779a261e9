package dev.dealcoach.core.conversation;

import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Renders a message as plain text: the fallback and notification text of rich messages, and what
 * tests read. Bold and italic marks are dropped; literal text appears exactly as typed; a table is
 * laid out as {@link TableText}.
 */
public final class PlainTextRenderer {

    public String render(Message message) {
        StringJoiner text = new StringJoiner("\n");
        for (Block block : message.blocks()) {
            text.add(render(block));
        }
        return text.toString();
    }

    private String render(Block block) {
        if (block instanceof Block.Heading heading) {
            return heading.text();
        } else if (block instanceof Block.Text paragraph) {
            return plain(paragraph.markup());
        } else if (block instanceof Block.Note note) {
            return plain(note.markup());
        } else if (block instanceof Block.Fields fields) {
            return fields.fields().stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n"));
        } else if (block instanceof Block.Buttons buttons) {
            return buttons.buttons().stream().map(b -> "[" + b.label() + "]").collect(Collectors.joining(" "));
        } else if (block instanceof Block.Choice choice) {
            return choice.placeholder() + ": "
                    + choice.options().stream().map(o -> "[" + o.label() + "]").collect(Collectors.joining(" "));
        } else if (block instanceof Block.Form form) {
            return form.title() + "\n"
                    + form.inputs().stream().map(i -> i.label() + ": ____").collect(Collectors.joining("\n"))
                    + "\n[" + form.submitLabel() + "]";
        } else if (block instanceof Block.Table table) {
            String text = TableText.of(table).text();
            return table.caption().isBlank() ? text : table.caption().strip() + "\n" + text;
        }
        return "---";
    }

    /** The markup as plain text: bold and italic marks dropped, literals as typed. */
    static String plain(String markup) {
        StringBuilder text = new StringBuilder(markup.length());
        for (Markup.Segment segment : Markup.segments(markup)) {
            text.append(segment.literal() ? segment.text() : segment.text().replace("*", "").replace("_", ""));
        }
        return text.toString();
    }
}
