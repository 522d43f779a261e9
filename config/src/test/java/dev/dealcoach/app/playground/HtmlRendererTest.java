package dev.dealcoach.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void rendersATableWithItsCaptionAHeaderRowRightAlignedNumbersAFlaggedCellAndAnEmphasisedTotal() {
        Block.Table table = new Block.Table("Q4 FY27", List.of(new Block.Column("Manager", false), new Block.Column("Commit", true)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("Sam K.")), Block.Cell.flagged("$0.95M")),
                        Block.Row.totalOf(Block.Cell.of("*Total*"), Block.Cell.of("$2.26M"))));

        assertThat(renderer.render(Message.of(table))).isEqualTo(
                "<figure class=\"table\"><figcaption>Q4 FY27</figcaption>"
                        + "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Q4 FY27\"><table><thead><tr><th scope=\"col\">Manager</th><th scope=\"col\" class=\"num\">Commit</th></tr></thead>"
                        + "<tbody><tr><td>Sam K.</td><td class=\"num flagged\">$0.95M <span class=\"flag\">!</span></td></tr>"
                        + "<tr class=\"total\"><td><strong>Total</strong></td><td class=\"num\">$2.26M</td></tr></tbody></table></div></figure>");
    }

    @Test
    void escapesTypedCellsHeadersAndTheCaptionAndReadsNoMarkupInWhatWasTyped() {
        Block.Table table = new Block.Table("<b>\"Q4\"</b>", List.of(new Block.Column("<i>Deal</i>", false)),
                List.of(Block.Row.of(Block.Cell.of(Markup.literal("<script>alert(1)</script> *not bold* & 'x'")))));

        String html = renderer.render(Message.of(table));

        assertThat(html).doesNotContain("<b>", "<i>", "<script>", "<strong>")
                .contains("aria-label=\"&lt;b&gt;&quot;Q4&quot;&lt;/b&gt;\"")
                .contains("<figcaption>&lt;b&gt;&quot;Q4&quot;&lt;/b&gt;</figcaption>")
                .contains("<th scope=\"col\">&lt;i&gt;Deal&lt;/i&gt;</th>")
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &#42;not bold&#42; &amp; &#39;x&#39;</td>");
    }

    @Test
    void aTableWithoutACaptionScrollsInARegionNamedTable() {
        Block.Table table = new Block.Table("", List.of(new Block.Column("Stage", false)), List.of());

        assertThat(renderer.render(Message.of(table))).isEqualTo("<figure class=\"table\"><div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">"
                + "<table><thead><tr><th scope=\"col\">Stage</th></tr></thead><tbody></tbody></table></div></figure>");
    }

    @Test
    void paragraphsStillShowTheirMarkup() {
        assertThat(renderer.render(Message.of(new Block.Text("*Next*:\n- call `Ria`"), new Block.Note("_asked_"))))
                .isEqualTo("<p class=\"text\"><strong>Next</strong>:<br>• call <code>Ria</code></p><p class=\"note\"><em>asked</em></p>");
    }
}
