package dev.dealcoach.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlashCommandTest {

    @Test
    void aSlashCommandIsItsWordAndTheRest() {
        assertThat(SlashCommand.of("  /Review globex freight ")).contains(new SlashCommand("review", "globex freight"));
        assertThat(SlashCommand.of("/help")).contains(new SlashCommand("help", ""));
    }

    @Test
    void coachIsPassedOnForTheCoreToRead() {
        assertThat(SlashCommand.of("/coach review globex")).contains(new SlashCommand("coach", "review globex"));
    }

    @Test
    void textWithoutALeadingSlashCommandIsNone() {
        assertThat(SlashCommand.of("review globex")).isEmpty();
        assertThat(SlashCommand.of("/")).isEmpty();
        assertThat(SlashCommand.of("/ 2")).isEmpty();
        assertThat(SlashCommand.of("/2026-12-15")).isEmpty();
        assertThat(SlashCommand.of("and/or")).isEmpty();
    }
}
