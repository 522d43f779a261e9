package dev.dealcoach.core.backend.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis.
 *
 * @param url       {@code redis://[user:password@]host:port[/db]}, or {@code rediss://} for TLS; through Sentinel,
 *                  {@code redis-sentinel://[user:password@]host:port[,host:port...][/db]#master} (the sentinels' addresses
 *                  and the master's name; the password is the master's); a Redis Cluster,
 *                  {@code redis-cluster://[user:password@]host:port[,host:port...]} (some of its nodes; no database number)
 * @param keyPrefix put before every key, so several apps or test runs can share one server
 * @param timeout   for connecting, for each command, and for waiting on a pooled connection
 */
public record RedisSettings(URI url, String keyPrefix, Duration timeout) {

    public static final String DEFAULT_PREFIX = "dealcoach:";

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw new IllegalArgumentException("the Redis key prefix must not be blank");
        }
        boolean cluster = url.getScheme() != null && url.getScheme().endsWith("-cluster");
        if (cluster && !(url.getPath() == null || url.getPath().isEmpty() || url.getPath().equals("/") || url.getPath().equals("/0"))) {
            throw new IllegalArgumentException("a Redis Cluster has only database 0: drop the path from REDIS_URL");
        }
        if (cluster && (keyPrefix.contains("{") || keyPrefix.contains("}"))) {
            throw new IllegalArgumentException("on a Redis Cluster the key prefix must not contain { or }: DealCoach's keys carry hash tags");
        }
    }

    /** The URL names a Redis Cluster's nodes ({@code redis-cluster://}, or {@code rediss-cluster://} for TLS). */
    public boolean cluster() {
        return url.getScheme() != null && url.getScheme().endsWith("-cluster");
    }

    /** The URL names sentinels ({@code redis-sentinel://}, or {@code rediss-sentinel://} for TLS to the master). */
    public boolean sentinel() {
        return url.getScheme() != null && url.getScheme().endsWith("-sentinel");
    }

    /** The URL without user or password, fit for logs and error messages. */
    public String safeUrl() {
        if (sentinel() || cluster()) {
            String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
            String hosts = authority.substring(authority.lastIndexOf('@') + 1);
            return url.getScheme() + "://" + hosts + (url.getPath() == null ? "" : url.getPath())
                    + (url.getFragment() == null ? "" : "#" + url.getFragment());
        }
        String path = url.getPath() == null ? "" : url.getPath();
        int port = url.getPort() == -1 ? 6379 : url.getPort();
        return url.getScheme() + "://" + url.getHost() + ":" + port + path;
    }
}
