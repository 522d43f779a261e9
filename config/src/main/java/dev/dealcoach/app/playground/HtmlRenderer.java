package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders core messages as HTML for the playground, the way Slack and Teams would show them: buttons,
 * pick lists and forms carry data attributes that the page turns back into actions. Everything is
 * escaped; only DealCoach's own markup becomes tags, never what people typed.
 */
final class HtmlRenderer {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w])_([^_\\n]+)_(?![\\w])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

    String render(Message message) {
        StringBuilder html = new StringBuilder();
        int choices = 0;
        for (Block block : message.blocks()) {
            if (block instanceof Block.Heading heading) {
                html.append("<h3>").append(escape(heading.text())).append("</h3>");
            } else if (block instanceof Block.Text text) {
                html.append(paragraph(text.markup(), "text"));
            } else if (block instanceof Block.Note note) {
                html.append(paragraph(note.markup(), "note"));
            } else if (block instanceof Block.Fields fields) {
                html.append("<dl class=\"fields\">");
                fields.fields().forEach(f -> html.append("<div><dt>").append(escape(f.label())).append("</dt><dd>")
                        .append(escape(f.value())).append("</dd></div>"));
                html.append("</dl>");
            } else if (block instanceof Block.Buttons buttons) {
                html.append("<div class=\"buttons\">");
                buttons.buttons().forEach(b -> html.append("<button type=\"button\" class=\"").append(b.style().name().toLowerCase())
                        .append("\" data-action=\"").append(escape(b.actionId())).append("\" data-value=\"").append(escape(b.value()))
                        .append("\">").append(escape(b.label())).append("</button>"));
                html.append("</div>");
            } else if (block instanceof Block.Choice choice) {
                html.append(choice(choice, choices++));
            } else if (block instanceof Block.Form form) {
                html.append(form(form));
            } else if (block instanceof Block.Table table) {
                html.append(table(table));
            } else {
                html.append("<hr>");
            }
        }
        return html.toString();
    }

    private static String choice(Block.Choice choice, int index) {
        String id = "choice-" + index;
        StringBuilder html = new StringBuilder("<div class=\"choice\"><label>").append(escape(choice.placeholder()))
                .append(" <select data-choice=\"").append(id).append("\">");
        choice.options().forEach(o -> html.append("<option value=\"").append(escape(o.value())).append("\">")
                .append(escape(o.label())).append("</option>"));
        return html.append("</select></label> <button type=\"button\" data-action=\"").append(escape(choice.actionId()))
                .append("\" data-from-choice=\"").append(id).append("\">Choose</button></div>").toString();
    }

    private static String form(Block.Form form) {
        StringBuilder html = new StringBuilder("<form class=\"form\" data-form=\"").append(escape(form.formId())).append("\">")
                .append("<h4>").append(escape(form.title())).append("</h4>");
        for (Block.Input input : form.inputs()) {
            html.append("<label>").append(escape(input.label())).append(input(input)).append("</label>");
        }
        return html.append("<button type=\"submit\">").append(escape(form.submitLabel())).append("</button></form>").toString();
    }

    /**
     * A table in a region of its own that scrolls sideways when the table is wider than the bubble;
     * the caption stays above it, in view.
     */
    private static String table(Block.Table table) {
        String caption = table.caption().strip();
        StringBuilder html = new StringBuilder("<figure class=\"table\">");
        if (!caption.isEmpty()) {
            html.append("<figcaption>").append(escape(caption)).append("</figcaption>");
        }
        html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(escape(caption.isEmpty() ? "Table" : caption)).append("\"><table><thead><tr>");
        table.columns().forEach(c -> html.append("<th scope=\"col\"").append(c.numeric() ? " class=\"num\"" : "").append(">")
                .append(escape(c.header())).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Block.Row row : table.rows()) {
            html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                Block.Cell cell = row.cells().get(c);
                String classes = ((table.columns().get(c).numeric() ? "num " : "") + (cell.flagged() ? "flagged" : "")).strip();
                html.append(classes.isEmpty() ? "<td>" : "<td class=\"" + classes + "\">").append(inline(cell.markup()))
                        .append(cell.flagged() ? " <span class=\"flag\">!</span>" : "").append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div></figure>").toString();
    }

    private static String input(Block.Input input) {
        String required = input.optional() ? "" : " required";
        String name = " name=\"" + escape(input.id()) + "\"";
        String value = escape(input.initialValue());
        switch (input.type()) {
            case LONG_TEXT:
                return "<textarea" + name + required + " rows=\"2\">" + value + "</textarea>";
            case NUMBER:
                return "<input type=\"number\" step=\"any\"" + name + required + " value=\"" + value + "\">";
            case DATE:
                return "<input type=\"date\"" + name + required + " value=\"" + value + "\">";
            case CHOICE:
                StringBuilder select = new StringBuilder("<select" + name + required + "><option value=\"\"></option>");
                input.options().forEach(o -> select.append("<option value=\"").append(escape(o.value())).append("\"")
                        .append(o.value().equals(input.initialValue()) ? " selected" : "").append(">")
                        .append(escape(o.label())).append("</option>"));
                return select.append("</select>").toString();
            default:
                return "<input type=\"text\"" + name + required + " value=\"" + value + "\">";
        }
    }

    /**
     * Literal runs are escaped with their markup characters as entities, so that the markup patterns,
     * run over the whole paragraph (a bold mark may open before a literal and close after it), never
     * match inside what people typed.
     */
    private static String paragraph(String markup, String cssClass) {
        return "<p class=\"" + cssClass + "\">" + inline(markup) + "</p>";
    }

    /** Markup as HTML to put inside an element, escaped as {@link #paragraph} says. */
    private static String inline(String markup) {
        StringBuilder escaped = new StringBuilder();
        for (Markup.Segment segment : Markup.segments(markup)) {
            escaped.append(segment.literal()
                    ? escape(segment.text()).replace("*", "&#42;").replace("_", "&#95;").replace("`", "&#96;")
                    : escape(segment.text()));
        }
        String html = replace(CODE, escaped.toString(), "<code>$1</code>");
        html = replace(BOLD, html, "<strong>$1</strong>");
        html = replace(ITALIC, html, "<em>$1</em>");
        html = html.replaceAll("(?m)^- ", "• ");
        return html.replace("\n", "<br>");
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(replacement);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
