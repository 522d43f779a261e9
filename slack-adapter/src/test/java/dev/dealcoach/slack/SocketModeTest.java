package dev.dealcoach.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.dealcoach.core.pipeline.RunningCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode: the adapter opens a connection ({@code apps.connections.open}), acks each envelope
 * Slack pushes over the WebSocket, and answers through the same handlers as HTTP.
 */
class SocketModeTest {

    private final WireMockServer webApi = new WireMockServer(options().dynamicPort());
    private final BlockingQueue<String> fromApp = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private WebSocket socket;
    private SlackAdapter adapter;
    private RunningCore core;

    /** Plays Slack's Socket Mode endpoint: says hello, then records what the app sends back. */
    private final WebSocketServer slackSocket = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            socket = conn;
            conn.send("{\"type\": \"hello\", \"num_connections\": 1, \"debug_info\": {\"host\": \"applink-1\", "
                    + "\"approximate_connection_time\": 18060}, \"connection_info\": {\"app_id\": \"A0001\"}}");
            connected.countDown();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            fromApp.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    };

    @BeforeEach
    void start() throws Exception {
        slackSocket.setReuseAddr(true);
        slackSocket.start();
        while (slackSocket.getPort() == 0) {
            Thread.sleep(10);
        }
        webApi.start();
        webApi.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson(
                "{\"ok\": true, \"team_id\": \"T0001\", \"user_id\": \"U0BOT\", \"bot_id\": \"B0BOT\"}")));
        webApi.stubFor(post(urlPathEqualTo("/api/apps.connections.open")).willReturn(okJson(
                "{\"ok\": true, \"url\": \"ws://127.0.0.1:" + slackSocket.getPort() + "/link/?ticket=1234\"}")));
        webApi.stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=U_RIA")).willReturn(okJson(
                "{\"ok\": true, \"user\": {\"id\": \"U_RIA\", \"profile\": {\"email\": \"ria@example.com\"}}}")));
        webApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(
                "{\"ok\": true, \"channel\": \"D_RIA\", \"ts\": \"1700000001.000100\"}")));

        Clock clock = MutableClock.at("2026-11-23T10:00:00Z");
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        core = new RunningCore(stores, clock);
        adapter = new SlackAdapter(new SlackSettings("xoxb-0000000001-socket-mode-test", null, "xapp-1-A0001-0000000001-test", webApi.baseUrl() + "/api/"),
                core.pipeline(), stores.org(), stores.addresses(), clock);
        core.deliverThrough("socket-mode-test", List.of(adapter.messenger()));
        adapter.start();
    }

    @AfterEach
    void stop() throws Exception {
        adapter.close();
        core.close();
        slackSocket.stop(1000);
        webApi.stop();
    }

    @Test
    void anEventPushedOverTheSocketIsAckedAndAnswered() throws Exception {
        assertThat(connected.await(30, TimeUnit.SECONDS)).as("the app connected over Socket Mode").isTrue();

        socket.send("""
                {"envelope_id": "57d6a792-4d35-4d0b-b6aa-3361493e1caf", "type": "events_api",
                 "accepts_response_payload": false, "retry_attempt": 0, "retry_reason": "",
                 "payload": {"token": "XXYYZZ", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
                   "event_id": "Ev0SOCKET1", "event_time": 1700000000,
                   "event": {"type": "message", "channel": "D_RIA", "user": "U_RIA", "text": "help",
                             "ts": "1700000000.000100", "event_ts": "1700000000.000100", "channel_type": "im"}}}""");

        String ack = fromApp.poll(30, TimeUnit.SECONDS);
        assertThat(ack).contains("57d6a792-4d35-4d0b-b6aa-3361493e1caf");
        List<String> posted = List.of();
        for (int i = 0; i < 300 && posted.isEmpty(); i++) {
            posted = webApi.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                    .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8)).toList();
            Thread.sleep(100);
        }
        assertThat(posted).singleElement().satisfies(body -> assertThat(body).contains("channel=U_RIA", "What I can do"));
    }
}
