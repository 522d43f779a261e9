package dev.dealcoach.slack;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a call, once, on a fresh connection when a pooled connection turned out closed: the call
 * met the end of the stream before any answer came back, so the server (or a proxy) had closed that
 * idle connection without saying so, and the request never reached it. A call that failed on a
 * connection opened for it, after the answer started, or with the connection reset (the server may
 * have read the request), is not repeated. OkHttp's own silent retry, which repeats in all those
 * cases, stays off.
 */
final class StaleConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(StaleConnectionRetry.class);

    /** What one call has been through so far. */
    private static final class Attempt {
        volatile boolean connected;
        volatile boolean answered;
    }

    private final Map<Call, Attempt> attempts = new ConcurrentHashMap<>();

    private StaleConnectionRetry() {
    }

    /** {@code http} with the retry, and OkHttp's own retry on connection failure off. */
    static OkHttpClient on(OkHttpClient http) {
        StaleConnectionRetry retry = new StaleConnectionRetry();
        return http.newBuilder()
                .retryOnConnectionFailure(false)
                .eventListenerFactory(call -> retry.new Watch())
                .addInterceptor(retry::intercept)
                .build();
    }

    private Response intercept(Interceptor.Chain chain) throws IOException {
        Attempt attempt = new Attempt();
        attempts.put(chain.call(), attempt);
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            if (attempt.connected || attempt.answered || chain.call().isCanceled() || !endOfStream(e)) {
                throw e;
            }
            log.debug("A pooled connection was closed under {}; trying once on a fresh one", chain.request().url().encodedPath());
            return chain.proceed(chain.request());
        } finally {
            attempts.remove(chain.call());
        }
    }

    /** The peer closed the connection cleanly ({@code unexpected end of stream}), as a server does with an idle one. */
    private static boolean endOfStream(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** Notes, per call, whether a new connection was opened and whether the answer began. */
    private final class Watch extends EventListener {
        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            Attempt attempt = attempts.get(call);
            if (attempt != null) {
                attempt.connected = true;
            }
        }

        @Override
        public void responseHeadersStart(Call call) {
            Attempt attempt = attempts.get(call);
            if (attempt != null) {
                attempt.answered = true;
            }
        }
    }
}
