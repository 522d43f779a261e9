package dev.dealcoach.core.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.SampleMessages;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Envelope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonTest {

    @Test
    void aMessageWithEveryBlockComesBackEqual() {
        Message message = SampleMessages.everyBlock();

        String json = StoreJson.write(message);

        assertThat(StoreJson.read(json, Message.class)).isEqualTo(message);
        assertThat(json).contains("\"type\":\"heading\"", "\"type\":\"text\"", "\"type\":\"fields\"", "\"type\":\"buttons\"",
                "\"type\":\"choice\"", "\"type\":\"form\"", "\"type\":\"divider\"", "\"type\":\"note\"",
                "\"type\":\"table\"");
    }

    @Test
    void everyDestinationAndBothKindsOfOutgoingComeBackEqual() {
        Message message = Message.text("hi");
        List<Outgoing> outgoing = List.of(
                new Outgoing.Send(Destination.dm("ria"), message),
                new Outgoing.Send(new Destination.Channel(Platform.SLACK, "C024BE91L"), message),
                new Outgoing.Send(new Destination.Thread(Platform.TEAMS, "19:abc@thread.tacv2", "1700000000.000100"), message),
                new Outgoing.Update(new MessageRef(Platform.PLAYGROUND, Destination.dm("mo"), "message-3"), SampleMessages.everyBlock()),
                new Outgoing.Update(new MessageRef(Platform.SLACK,
                        new Destination.Thread(Platform.SLACK, "C1", "1700000000.000100"), "1700000000.000200"), message));

        for (Outgoing each : outgoing) {
            assertThat(StoreJson.read(StoreJson.write(each), Outgoing.class)).isEqualTo(each);
        }
        assertThat(StoreJson.write(outgoing.get(1))).contains("\"type\":\"send\"", "\"type\":\"channel\"", "\"platform\":\"SLACK\"");
    }

    @Test
    void aCrmWriteComesBackEqualWithoutItsDescription() {
        Outgoing.Write write = new Outgoing.Write("006A", java.util.Map.of("DealCoach_Verdict__c", "develop",
                "DealCoach_Next_Steps__c", "1. Champion: Ask Raj\n2. Paper process: Get the steps"));

        String json = StoreJson.write(write);

        assertThat(StoreJson.read(json, Outgoing.class)).isEqualTo(write);
        assertThat(json).contains("\"type\":\"crm-write\"", "\"dealId\":\"006A\"").doesNotContain("\"message\"");
    }

    @Test
    void anEnvelopeAndAnOutcomeComeBackEqual() {
        Envelope routed = new Envelope("checkin:daily-activity:ria:2026-12-01:0",
                List.of(new Outgoing.Send(Destination.dm("ria"), SampleMessages.everyBlock())), null, Instant.parse("2026-12-01T09:00:00.123456789Z"));
        Envelope pinned = new Envelope("reply:teams:abc:0", List.of(new Outgoing.Update(
                new MessageRef(Platform.TEAMS, new Destination.Channel(Platform.TEAMS, "19:x"), "m-1"), Message.text("done"))),
                Platform.TEAMS, Instant.parse("2026-12-01T09:00:00Z"));
        DeliveryOutcome sent = new DeliveryOutcome("reply:teams:abc:0", DeliveryOutcome.Status.SENT, Platform.TEAMS, "m-2", 1,
                Instant.parse("2026-12-01T09:00:01Z"));
        DeliveryOutcome unreachable = new DeliveryOutcome("k", DeliveryOutcome.Status.UNREACHABLE, null, "no platform reaches ria", 0,
                Instant.parse("2026-12-01T09:00:01Z"));

        assertThat(StoreJson.read(StoreJson.write(routed), Envelope.class)).isEqualTo(routed);
        assertThat(StoreJson.read(StoreJson.write(pinned), Envelope.class)).isEqualTo(pinned);
        assertThat(StoreJson.read(StoreJson.write(sent), DeliveryOutcome.class)).isEqualTo(sent);
        assertThat(StoreJson.read(StoreJson.write(unreachable), DeliveryOutcome.class)).isEqualTo(unreachable);
    }

    @Test
    void aBlockOfAnUnknownTypeIsReportedNotGuessed() {
        String fromNewerVersion = "{\"blocks\":[{\"type\":\"chart\",\"points\":[1,2]}]}";

        assertThatThrownBy(() -> StoreJson.read(fromNewerVersion, Message.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("stored Message is not readable");
    }
}
