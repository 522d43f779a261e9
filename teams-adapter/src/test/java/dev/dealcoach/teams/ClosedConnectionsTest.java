package dev.dealcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.net.ClosingHttpServer;
import dev.dealcoach.core.pipeline.RunningCore;
import dev.dealcoach.core.store.ChannelAddress;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sends through the Bot Framework connector to a server that closes every connection right after
 * answering, without saying so: twenty messages in a row each arrive exactly once.
 */
class ClosedConnectionsTest {

    private final ClosingHttpServer connector;
    private final RunningCore core;
    private final TeamsAdapter adapter;
    private final InMemoryStores stores;

    ClosedConnectionsTest() throws Exception {
        connector = new ClosingHttpServer("{\"id\": \"1:1700000009999\"}");
        Clock clock = Clock.systemUTC();
        stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(MutableClock.at("2026-11-23T10:00:00Z"));
        core = new RunningCore(stores, clock);
        adapter = new TeamsAdapter(new TeamsSettings("", "", "", "", "", ""), core.pipeline(), stores.addresses(), clock);
    }

    @AfterEach
    void stop() throws Exception {
        core.close();
        connector.close();
    }

    @Test
    void twentyMessagesInARowEachArriveOnce() {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(connector.baseUrl() + "/");
        reference.setChannelId("msteams");
        reference.setConversation(new ConversationAccount("a:1ria"));
        reference.setBot(new ChannelAccount("28:dealcoach-bot", "DealCoach"));
        reference.setUser(new ChannelAccount("29:1ria", "Ria"));
        stores.addresses().save(new ChannelAddress("teams", "ria", Serialization.toStringSilent(reference), false, java.time.Instant.now()));

        for (int i = 0; i < 20; i++) {
            assertThat(adapter.messenger().send(Destination.dm("ria"), Message.text("message " + i)))
                    .isInstanceOf(Messenger.Delivered.class);
        }

        assertThat(connector.requests()).hasSize(20).allSatisfy(line -> assertThat(line).startsWith("POST /v3/conversations/"));
    }
}
