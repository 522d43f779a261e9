package dev.dealcoach.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundLogTest {

    @Test
    void aPageWhoseStreamFailsNeitherStopsTheWriterNorTheOtherPages() {
        PlaygroundLog log = new PlaygroundLog(Clock.systemUTC());
        List<String> seen = new ArrayList<>();
        log.watch("ana", entry -> {
            throw new IllegalStateException("the container already ended this stream");
        });
        log.watch("ana", entry -> seen.add(entry.text()));

        PlaygroundLog.Entry entry = log.append("dm:ana", "bot", "1/12 Who signs off", "<p>1/12</p>");

        assertThat(entry.text()).isEqualTo("1/12 Who signs off");
        assertThat(seen).containsExactly("1/12 Who signs off");
    }
}
