package dev.dealcoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with bounded retries: after a 429 it waits the {@code Retry-After} Slack
 * gives; after a 5xx, or a network error on a call that is safe to repeat, it backs off and tries
 * again. A call that may have posted a message is never repeated after a network error, so nothing
 * is sent twice.
 */
final class SlackWebApi {

    static final int MAX_ATTEMPTS = 4;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    private final Duration backoff;

    SlackWebApi(MethodsClient methods, Duration backoff) {
        this.methods = methods;
        this.backoff = backoff;
    }

    /**
     * @param safeToRepeat false for calls that create something (chat.postMessage): after a network
     *                     error nobody knows whether Slack acted, so they are not repeated
     */
    <T extends SlackApiTextResponse> T call(String method, boolean safeToRepeat, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                T response = call.on(methods);
                if (response.isOk()) {
                    return response;
                }
                log.warn("Slack {} answered error {}", method, response.getError());
                throw new SlackCallFailed(method, response.getError(), null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    wait = retryAfter(e);
                } else if (status >= 500) {
                    wait = backoff.multipliedBy(1L << (attempt - 1));
                } else {
                    throw failed(method, "http_" + status, e);
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw failed(method, status == 429 ? "ratelimited" : "http_" + status, e);
                }
                log.info("Slack {} answered HTTP {}; retrying in {} ms", method, status, wait.toMillis());
            } catch (IOException e) {
                if (!safeToRepeat || attempt >= MAX_ATTEMPTS) {
                    throw failed(method, "network_error", e);
                }
                wait = backoff.multipliedBy(1L << (attempt - 1));
            }
            sleep(wait);
        }
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

    private static SlackCallFailed failed(String method, String error, Exception cause) {
        log.warn("Slack {} failed: {}", method, error);
        return new SlackCallFailed(method, error, cause);
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
