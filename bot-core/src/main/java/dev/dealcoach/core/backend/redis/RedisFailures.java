package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.backend.StoreCalls;
import dev.dealcoach.core.store.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Makes a Redis-backed port fail the way every port fails when its back end is gone: with a
 * {@link StoreUnavailableException} naming the server, so the core can tell the person the store is
 * unreachable (and keep Jedis out of everything outside this package). Wrapping each port once
 * catches every call, including ones added later.
 */
final class RedisFailures {

    private RedisFailures() {
    }

    /** @param calls asked for whom to tell of each call when it is answered */
    static <T> T translated(Class<T> port, T store, String safeUrl, Supplier<StoreCalls> calls) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            long start = System.nanoTime();
            boolean failed = true;
            try {
                Object answer = method.invoke(store, args);
                failed = false;
                return answer;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                // A data error (a script bug, a key of the wrong type) is a bug, not an unreachable store.
                if (cause instanceof JedisException jedis && !(cause instanceof JedisDataException)) {
                    throw new StoreUnavailableException("Redis at " + safeUrl + " is unreachable: " + rootMessage(jedis), jedis);
                }
                throw cause;
            } finally {
                tell(calls.get(), port, method.getName(), Duration.ofNanos(System.nanoTime() - start), failed);
            }
        }));
    }

    /** A listener that fails must not hide the call's own answer or failure. */
    private static void tell(StoreCalls calls, Class<?> port, String method, Duration took, boolean failed) {
        try {
            calls.answered(port.getSimpleName(), method, took, failed);
        } catch (RuntimeException e) {
            // metrics only
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
