package dev.dealcoach.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.google.gson.JsonParser;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.store.memory.InMemoryStores;
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

    @BeforeEach
    void start() {
        slack.start();
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": true, \"channel\": \"C024BE91L\", \"ts\": \"1700000001.000100\"}")));
        slack.stubFor(post(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": true, \"user\": {\"id\": \"U_RIA\", \"profile\": {\"email\": \"ria@example.com\"}}}")));
        slack.stubFor(post(urlPathEqualTo("/api/conversations.open"))
                .willReturn(okJson("{\"ok\": true, \"channel\": {\"id\": \"D_RIA\"}}")));
        SlackWebApi api = new SlackWebApi(SlackAdapter.slackClient(slack.baseUrl() + "/api/").methods("xoxb-0000000001-messenger-test"), Duration.ofMillis(10));
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        messenger = new SlackMessenger(api, new SlackIdentity(api, stores.org(), clock));
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

        Messenger.Delivery delivery = messenger.send(new Destination.Channel("C024BE91L"), new Message(blocks));

        assertThat(delivery.delivered()).isTrue();
        assertThat(delivery.ref().platformId()).isEqualTo("C024BE91L/1700000001.000100");
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
    void aDirectMessageOpensTheConversationWithTheUserFoundByEmail() {
        messenger.send(Destination.dm("ria"), Message.text("Quick log for today?"));
        messenger.send(Destination.dm("ria"), Message.text("Logged."));

        assertThat(posts()).extracting(post -> post.get("channel")).containsExactly("D_RIA", "D_RIA");
        assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/api/conversations.open")))).hasSize(1);
        assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/api/users.lookupByEmail"))).get(0).getBodyAsString())
                .contains("email=ria%40example.com");
    }

    @Test
    void aPersonWithNoSlackUserIsReportedNotReachable() {
        slack.stubFor(post(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));

        Messenger.Delivery delivery = messenger.send(Destination.dm("lee"), Message.text("Hello"));

        assertThat(delivery.delivered()).isFalse();
        assertThat(delivery.problem()).contains("not reachable on Slack");
        assertThat(posts()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedWithBackoffButANetworkErrorOnAPostIsNot() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"ok\": true, \"channel\": \"C1\", \"ts\": \"1.2\"}")));

        assertThat(messenger.send(new Destination.Channel("C1"), Message.text("hi")).delivered()).isTrue();
        assertThat(posts()).hasSize(2);

        slack.resetAll();
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> messenger.send(new Destination.Channel("C1"), Message.text("hi")))
                .isInstanceOf(SlackCallFailed.class).hasMessageContaining("network_error");
        assertThat(posts()).hasSize(1);
    }

    @Test
    void slackErrorsAreNotRetriedAndNameTheErrorCode() {
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"channel_not_found\"}")));

        assertThatThrownBy(() -> messenger.send(new Destination.Channel("C404"), Message.text("hi")))
                .isInstanceOf(SlackCallFailed.class).hasMessage("chat.postMessage failed: channel_not_found");
        assertThat(posts()).hasSize(1);
    }
}
