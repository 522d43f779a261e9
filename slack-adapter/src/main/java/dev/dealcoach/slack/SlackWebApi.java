package dev.dealcoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API. {@link #attempt} tries once and says what happened, for the outbox to
 * schedule any retry; {@link #call} retries a few times itself, for the small calls made while
 * answering (look-ups, modals, the App Home). A call that may have posted a message is never
 * repeated after a network error, so nothing is sent twice.
 */
final class SlackWebApi {

    static final int MAX_ATTEMPTS = 4;
    /** The longest {@link #call} waits in place; the outbox waits whatever Slack asks (a sanity cap of 15 minutes). */
    private static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    /** What one try of a call came to. */
    sealed interface Outcome<T> {
    }

    record Ok<T>(T response) implements Outcome<T> {
    }

    /** Slack said wait ({@code 429}, {@code Retry-After}) or was briefly down (5xx): nothing happened. */
    record Later<T>(Duration after, boolean rateLimited, String error) implements Outcome<T> {
    }

    /** Slack refused it ({@code channel_not_found}, HTTP 4xx), or it may have happened and must not be repeated. */
    record Refused<T>(String error) implements Outcome<T> {
    }

    private final MethodsClient methods;
    private final Duration backoff;

    SlackWebApi(MethodsClient methods, Duration backoff) {
        this.methods = methods;
        this.backoff = backoff;
    }

    /**
     * @param safeToRepeat false for calls that create something (chat.postMessage): after a network
     *                     error nobody knows whether Slack acted, so it is refused rather than retried
     */
    <T extends SlackApiTextResponse> Outcome<T> attempt(String method, boolean safeToRepeat, Call<T> call) {
        try {
            T response = call.on(methods);
            if (response.isOk()) {
                return new Ok<>(response);
            }
            log.warn("Slack {} answered error {}", method, response.getError());
            return new Refused<>(response.getError());
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429) {
                return new Later<>(retryAfter(e), true, "ratelimited");
            }
            if (status >= 500) {
                return new Later<>(backoff, false, "http_" + status);
            }
            log.warn("Slack {} answered HTTP {}", method, status);
            return new Refused<>("http_" + status);
        } catch (IOException e) {
            log.warn("Slack {} failed: network error", method);
            return safeToRepeat ? new Later<>(backoff, false, "network_error") : new Refused<>("network_error");
        }
    }

    /** Like {@link #attempt}, waiting and trying again a few times; throws {@link SlackCallFailed} when it fails. */
    <T extends SlackApiTextResponse> T call(String method, boolean safeToRepeat, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            Outcome<T> outcome = attempt(method, safeToRepeat, call);
            if (outcome instanceof Ok<T> ok) {
                return ok.response();
            }
            if (outcome instanceof Refused<T> refused) {
                throw new SlackCallFailed(method, refused.error(), null);
            }
            Later<T> later = (Later<T>) outcome;
            if (attempt >= MAX_ATTEMPTS) {
                throw new SlackCallFailed(method, later.error(), null);
            }
            Duration wait = later.rateLimited() ? min(later.after(), LONGEST_WAIT_IN_PLACE) : backoff.multipliedBy(1L << (attempt - 1));
            log.info("Slack {} answered {}; retrying in {} ms", method, later.error(), wait.toMillis());
            sleep(wait);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            Duration wait = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.trim()));
            return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed("retry", "interrupted", e);
        }
    }
}
