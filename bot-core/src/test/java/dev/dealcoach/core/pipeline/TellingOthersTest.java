package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.HomePage;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command's answer can address others than the speaker: the speaker gets theirs at once, the others through the outbox. */
class TellingOthersTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);

    /** {@code submit}: like a forecast submission, it tells the speaker's manager. */
    private static final class SubmitCommand implements CommandHandler {
        @Override
        public List<String> names() {
            return List.of("submit");
        }

        @Override
        public String help() {
            return "`submit`: tell my manager";
        }

        @Override
        public Result run(Speaker speaker, String arguments) {
            return new Reply(Message.text("Submitted.")).tell(speaker.person().manager().orElseThrow(),
                    Message.text(speaker.person().name() + " submitted."));
        }
    }

    @Test
    void theSpeakerIsAnsweredWhereTheySpokeAndTheirManagerIsToldOnTheirOwnPlatform() {
        new DataImport(stores).importDemo(clock);
        Coach coach = new Coach(stores.org(), stores.conversations(), stores.idempotency(), List.of(new SubmitCommand()), List.of(),
                new HomePage(List.of()), java.time.Duration.ofDays(7), clock);
        InboundPipeline pipeline = new InboundPipeline(coach, new PersonDirectory(stores.org(), clock), new DeliveryGate(stores.idempotency()),
                stores.contacts(), stores.outbox(), clock, 1);

        List<Outgoing> answers = pipeline.handleNow(new InboundPipeline.Arrival(PersonDirectory.Sender.playground("ria"), "playground:1",
                Destination::dm, InboundPipeline.Answering.ALWAYS, origin -> new Inbound.Text(origin, "submit"), null, null));

        assertThat(answers).containsExactly(new Outgoing.Send(Destination.dm("ria"), Message.text("Submitted.")));
        List<Outbox.Claim> queued = stores.outbox().claim("test", 10, Duration.ZERO, Duration.ofMinutes(1));
        assertThat(queued).singleElement().satisfies(claim -> {
            assertThat(claim.envelope().recipient()).isEqualTo("person:mo");
            assertThat(claim.envelope().via()).as("routed by person, not pinned to where ria spoke").isNull();
            assertThat(claim.envelope().messages()).containsExactly(new Outgoing.Send(Destination.dm("mo"), Message.text("Ria Patel submitted.")));
        });
    }
}
