package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A review half answered before the app restarts goes on where it stopped: its state is in Redis. */
class ReviewResumesAfterRestartTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");



    @Test
    void aReviewStartedBeforeARestartIsFinishedAfterIt() {
        try (Stores before = RedisStores.connect(REDIS.settings("resume:"))) {
            new DataImport(before).importDemo(clock);
            ChatScript.over(before, Playbooks.bundled(), clock).as("ria")
                    .says("review globex")
                    .says("Dana Whitfield, CFO, met her last Tuesday")
                    .clicks("Approved")
                    .says("Losing 3 renewals a quarter").expectReply("4/13");
        }
        clock.advance(Duration.ofHours(20));

        try (Stores after = RedisStores.connect(REDIS.settings("resume:"))) {
            ChatScript chat = ChatScript.over(after, Playbooks.bundled(), clock).as("ria");
            chat.says("back").expectReply("3/13 What business problem", "You said: Losing 3 renewals a quarter")
                    .says("Losing 3 renewals a quarter, $900k a year").expectReply("4/13");
            for (int question = 4; question <= 12; question++) {
                chat.says("don't know");
            }
            chat.says("yes").expectReply("Verdict: DEVELOP", "Economic buyer: ●●", "Pain: ●●");

            DealReview review = after.reviews().latest("D-1028").orElseThrow();
            assertThat(review.answers().get("economic-buyer").text()).isEqualTo("Dana Whitfield, CFO, met her last Tuesday");
            assertThat(review.answers().get("pain").text()).isEqualTo("Losing 3 renewals a quarter, $900k a year");
            assertThat(review.answers().get("business-case").value()).isEqualTo("yes");
        }
    }
}
