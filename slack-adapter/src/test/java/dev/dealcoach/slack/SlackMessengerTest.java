package dev.dealcoach.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.google.gson.JsonParser;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Web API side of the adapter against WireMock playing Slack. */
class SlackMessengerTest {

    private final WireMockServer slack = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private SlackMessenger messenger;
    private SlackWebApi api;
    private InMemoryStores stores;

    @BeforeEach
    void start() {
        slack.start();
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": true, \"channel\": \"C024BE91L\", \"ts\": \"1700000001.000100\"}")));
        slack.stubFor(post(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": true, \"user\": {\"id\": \"U_RIA\", \"profile\": {\"email\": \"ria@example.com\"}}}")));
        api = new SlackWebApi(SlackAdapter.slackClient(slack.baseUrl() + "/api/").methods("xoxb-0000000001-messenger-test"), Duration.ofMillis(10));
        stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        messenger = new SlackMessenger(api, new SlackIdentity(api, stores.org(), stores.addresses(), clock));
    }

    @AfterEach
    void stop() {
        slack.stop();
    }

    private List<Map<String, String>> posts() {
        return slack.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                .map(request -> Arrays.stream(request.getBodyAsString().split("&")).map(pair -> pair.split("=", 2))
                        .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8))))
                .toList();
    }

    @Test
    void anOversizedMessageGoesOutAsSeveralWithinSlacksLimits() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(new Block.Text("Line " + i + " " + "x".repeat(100)));
        }
        blocks.add(new Block.Text("y".repeat(7_000)));

        Messenger.Delivery delivery = messenger.send(new Destination.Channel(Platform.SLACK, "C024BE91L"), new Message(blocks));

        assertThat(delivery).isInstanceOfSatisfying(Messenger.Delivered.class,
                delivered -> assertThat(delivered.ref().platformId()).isEqualTo("C024BE91L/1700000001.000100"));
        List<Map<String, String>> posts = posts();
        assertThat(posts).hasSizeGreaterThan(1);
        int sections = 0;
        for (Map<String, String> post : posts) {
            var parsed = JsonParser.parseString(post.get("blocks")).getAsJsonArray();
            assertThat(parsed.size()).isLessThanOrEqualTo(50);
            for (var block : parsed) {
                assertThat(block.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length()).isLessThanOrEqualTo(3_000);
                sections++;
            }
        }
        assertThat(sections).isEqualTo(60 + 3);
        assertThat(posts.get(0).get("text")).startsWith("Line 0");
        assertThat(posts.get(1).get("text")).isEqualTo("(continued)");
    }

    @Test
    void aDirectMessageIsPostedToTheUserIdWithoutOpeningAConversation() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": true, \"channel\": \"D_RIA\", \"ts\": \"1700000001.000100\"}")));

        Messenger.Delivery first = messenger.send(Destination.dm("ria"), Message.text("Quick log for today?"));
        messenger.send(Destination.dm("ria"), Message.text("Logged."));

        assertThat(posts()).extracting(post -> post.get("channel")).containsExactly("U_RIA", "U_RIA");
        assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/api/conversations.open")))).isEmpty();
        assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/api/users.lookupByEmail")))).singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).contains("email=ria%40example.com"));
        assertThat(first).as("updates need the DM's channel id, which the post answers with")
                .isEqualTo(new Messenger.Delivered(new MessageRef(Platform.SLACK, Destination.dm("ria"), "D_RIA/1700000001.000100")));
    }

    @Test
    void theSlackUserSomeoneWroteFromIsKnownToEveryInstanceWithoutALookUp() {
        new SlackIdentity(api, stores.org(), stores.addresses(), clock).remember("ria", "U_RIA_WROTE");
        SlackMessenger onAnotherInstance = new SlackMessenger(api, new SlackIdentity(api, stores.org(), stores.addresses(), clock));

        onAnotherInstance.send(Destination.dm("ria"), Message.text("Quick log for today?"));

        assertThat(posts()).extracting(post -> post.get("channel")).containsExactly("U_RIA_WROTE");
        assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/api/users.lookupByEmail")))).isEmpty();
    }

    @Test
    void theSlackUserSomeoneWroteFromCountsNoMoreOnceTheOrgGivesThemAnotherEmail() {
        stores.addresses().save(new dev.dealcoach.core.store.ChannelAddress("slack", "ria", "U_SOMEONE_ELSE ria.old@example.com",
                false, clock.instant()));

        messenger.send(Destination.dm("ria"), Message.text("Quick log for today?"));

        assertThat(posts()).extracting(post -> post.get("channel")).containsExactly("U_RIA");
    }

    @Test
    void aPersonWithNoSlackUserIsReportedNotReachable() {
        slack.stubFor(post(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));

        Messenger.Delivery delivery = messenger.send(Destination.dm("lee"), Message.text("Hello"));

        assertThat(delivery).isInstanceOfSatisfying(Messenger.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("not reachable on Slack"));
        assertThat(messenger.reaches("lee")).isFalse();
        assertThat(posts()).isEmpty();
    }

    @Test
    void aRateLimitComesBackAsRetryLaterWithSlacksRetryAfterWithoutWaiting() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json").withBody("{\"ok\": false, \"error\": \"ratelimited\"}")));

        Messenger.Delivery delivery = messenger.send(new Destination.Channel(Platform.SLACK, "C1"), Message.text("hi"));

        assertThat(delivery).isEqualTo(new Messenger.RetryLater(Duration.ofSeconds(7), true, "Slack: ratelimited"));
        assertThat(posts()).hasSize(1);
    }

    @Test
    void aServerErrorComesBackAsRetryLaterButANetworkErrorOnAPostFailsWithoutRepeating() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(503)));

        assertThat(messenger.send(new Destination.Channel(Platform.SLACK, "C1"), Message.text("hi")))
                .isInstanceOfSatisfying(Messenger.RetryLater.class, later -> assertThat(later.rateLimited()).isFalse());
        assertThat(posts()).hasSize(1);

        slack.resetAll();
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(messenger.send(new Destination.Channel(Platform.SLACK, "C1"), Message.text("hi")))
                .isEqualTo(new Messenger.Failed("Slack: network_error"));
        assertThat(posts()).hasSize(1);
    }

    @Test
    void slackErrorsNameTheErrorCodeAndAMissingChannelIsUnreachable() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"channel_not_found\"}")));
        assertThat(messenger.send(new Destination.Channel(Platform.SLACK, "C404"), Message.text("hi")))
                .isEqualTo(new Messenger.Unreachable("not reachable on Slack: channel_not_found"));

        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"invalid_blocks\"}")));
        assertThat(messenger.send(new Destination.Channel(Platform.SLACK, "C1"), Message.text("hi")))
                .isEqualTo(new Messenger.Failed("Slack: invalid_blocks"));
        assertThat(posts()).hasSize(2);
    }
}
