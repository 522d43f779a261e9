package dev.dealcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Markup;
import org.junit.jupiter.api.Test;

class TeamsMarkdownTest {

    private static final String ZWSP = "\u200B";

    @Test
    void markupBoldBecomesDoubleAsterisksEvenAroundLiteralText() {
        String markdown = TeamsMarkdown.markdown("Deal " + Markup.bold(Markup.literal("Acme")) + " is *at risk*");

        assertThat(markdown).isEqualTo("Deal **Acme** is **at risk**");
    }

    @Test
    void lineBreaksAreDoubledExceptBetweenListLines() {
        assertThat(TeamsMarkdown.markdown("*Next steps*:\n- call Ria\n- send `quote`\nThanks"))
                .isEqualTo("**Next steps**:\n\n- call Ria\n- send `quote`\n\nThanks");
    }

    @Test
    void numberedListLinesStayOnSingleLineBreaks() {
        assertThat(TeamsMarkdown.markdown("1. Budget\n2. Authority\n3. Need")).isEqualTo("1. Budget\n2. Authority\n3. Need");
    }

    @Test
    void literalTextCannotFormLinksEmphasisUrlsOrMentions() {
        String typed = "[click](http://evil.example) *bold* <at>Ria</at>";

        String text = TeamsMarkdown.markdown("You said: " + Markup.literal(typed));

        assertThat(text).isEqualTo("You said: [" + ZWSP + "click]" + ZWSP + "(http://" + ZWSP + "evil.example) *"
                + ZWSP + "bold*" + ZWSP + " <at>Ria</at>");
        assertThat(text).doesNotContain("](", "://e", "**").contains("<at>Ria</at>");
        assertThat(text.replace(ZWSP, "")).isEqualTo("You said: " + typed);
    }

    @Test
    void literalUnderscoresBackticksAndBareWwwAreNeutralised() {
        String text = TeamsMarkdown.markdown(Markup.literal("snake_case_ `rm` www.evil.example \\*"));

        assertThat(text).isEqualTo("snake_" + ZWSP + "case_" + ZWSP + " `" + ZWSP + "rm`" + ZWSP + " www" + ZWSP
                + ".evil.example \\" + ZWSP + "*" + ZWSP);
    }

    @Test
    void plainTextFormsNoMarkdownAndKeepsItsLineBreaks() {
        assertThat(TeamsMarkdown.plain("[x](http://e) *y*\nnext"))
                .isEqualTo("[" + ZWSP + "x]" + ZWSP + "(http://" + ZWSP + "e) *" + ZWSP + "y*" + ZWSP + "\n\nnext");
    }
}
