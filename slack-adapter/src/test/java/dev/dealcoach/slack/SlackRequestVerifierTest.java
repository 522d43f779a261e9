package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackRequestVerifierTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_531_420_618L;
    private final SlackRequestVerifier verifier = new SlackRequestVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    /** The worked example of Slack's "Verifying requests from Slack" page. */
    private static final String DOCUMENTED_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2F"
            + "hooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121"
            + ".803a0bc887a14d10d2c447fce8b6703c";

    private static Map<String, List<String>> headers(long timestamp, String signature) {
        return Map.of("x-slack-request-timestamp", List.of(Long.toString(timestamp)), "X-Slack-Signature", List.of(signature));
    }

    @Test
    void acceptsSlacksDocumentedExample() {
        byte[] body = DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.sign("1531420618", body)).isEqualTo("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
        assertThat(verifier.verify(headers(NOW, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"), body)).isTrue();
    }

    @Test
    void refusesAChangedBodyAWrongSignatureAndMissingHeaders() {
        byte[] body = DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);
        String good = "v0=" + verifier.sign(Long.toString(NOW), body);

        assertThat(verifier.verify(headers(NOW, good), (DOCUMENTED_BODY + "x").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(verifier.verify(headers(NOW, good.replace('a', 'b')), body)).isFalse();
        assertThat(verifier.verify(Map.of(), body)).isFalse();
        assertThat(verifier.verify(headers(NOW, "garbage"), body)).isFalse();
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesAwayEitherWay() {
        byte[] body = "payload".getBytes(StandardCharsets.UTF_8);
        for (long offset : new long[] {-301, 301}) {
            long timestamp = NOW + offset;
            assertThat(verifier.verify(headers(timestamp, "v0=" + verifier.sign(Long.toString(timestamp), body)), body)).isFalse();
        }
        long edge = NOW - 300;
        assertThat(verifier.verify(headers(edge, "v0=" + verifier.sign(Long.toString(edge), body)), body)).isTrue();
    }
}
