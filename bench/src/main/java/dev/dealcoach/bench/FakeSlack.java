package dev.dealcoach.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * WireMock on a loopback port playing one Slack workspace's Web API: {@code auth.test} is ok,
 * {@code chat.postMessage} goes through {@link RateLimitedPosting}, and any other method answers
 * {@code unknown_method} and is counted (a benchmark whose reps all have Slack ids needs no look-ups).
 */
final class FakeSlack implements AutoCloseable {

    private final RateLimitedPosting posting;
    private final WireMockServer server;

    FakeSlack(RateLimitedPosting posting) {
        this.posting = posting;
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(32)
                .notifier(new ConsoleNotifier(false))
                .extensions(posting));
    }

    FakeSlack start() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("""
                {"ok": true, "url": "https://bench.slack.com/", "team": "Bench", "user": "dealcoach",
                 "team_id": "T0BENCH", "user_id": "U0BOT", "bot_id": "B0BENCH", "is_enterprise_install": false}""")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withTransformers(RateLimitedPosting.NAME)));
        server.stubFor(post(urlPathMatching("/api/.*")).atPriority(10).willReturn(okJson("""
                {"ok": false, "error": "unknown_method"}""")));
        return this;
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    RateLimitedPosting posting() {
        return posting;
    }

    /** Calls of Web API methods other than auth.test and chat.postMessage, by method. */
    Map<String, Integer> otherCalls() {
        Map<String, Integer> calls = new TreeMap<>();
        server.findAll(postRequestedFor(urlPathMatching("/api/.*"))).stream()
                .map(request -> request.getUrl().replaceFirst("^/api/", "").replaceFirst("\\?.*$", ""))
                .filter(method -> !method.equals("auth.test") && !method.equals("chat.postMessage"))
                .forEach(method -> calls.merge(method, 1, Integer::sum));
        return calls;
    }

    @Override
    public void close() {
        server.stop();
    }
}
