package dev.dealcoach.core.backend;

import dev.dealcoach.core.backend.redis.RedisSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis Cluster of three masters (redis-server in cluster mode, joined by {@code redis-cli
 * --cluster create}), started once for the whole test run on free ports and stopped when the JVM
 * exits. Register it as {@code @RegisterExtension static final TestRedisCluster CLUSTER = new TestRedisCluster();};
 * without redis-server the class is skipped.
 */
public final class TestRedisCluster implements BeforeAllCallback {

    private static final String RUN = "dealcoach-cluster-test:" + UUID.randomUUID() + ":";
    private static URI url;
    private static String failure;

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(installed(), "redis-server and redis-cli are not installed here");
        start();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** The same {@code subPrefix} gives the same keys: a second instance of one store. */
    public RedisSettings settings(String subPrefix) {
        return new RedisSettings(url, RUN + subPrefix, Duration.ofSeconds(2));
    }

    private static synchronized void start() {
        if (url != null || failure != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("dealcoach-redis-cluster");
            List<String> nodes = new ArrayList<>();
            List<Process> processes = new ArrayList<>();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroyForcibly)));
            for (int i = 0; i < 3; i++) {
                int port = freePort();
                Path nodeDir = Files.createDirectories(dir.resolve(String.valueOf(port)));
                // The cluster bus on a port of its own: by default it is port + 10000, which a high free port cannot have.
                processes.add(new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--cluster-port", String.valueOf(freePort()),
                        "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", nodeDir.resolve("nodes.conf").toString(),
                        "--dir", nodeDir.toString(), "--save", "", "--appendonly", "no")
                        .redirectErrorStream(true).redirectOutput(nodeDir.resolve("redis.log").toFile()).start());
                nodes.add("127.0.0.1:" + port);
            }
            for (String node : nodes) {
                waitFor(List.of("redis-cli", "-p", port(node), "ping"), "PONG");
            }
            List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
            create.addAll(nodes);
            create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
            String created = run(create);
            if (!created.contains("All 16384 slots covered")) {
                throw new IllegalStateException("redis-cli --cluster create: " + created.strip());
            }
            for (String node : nodes) {
                waitFor(List.of("redis-cli", "-p", port(node), "cluster", "info"), "cluster_state:ok");
            }
            url = URI.create("redis-cluster://" + String.join(",", nodes));
        } catch (IOException | InterruptedException | IllegalStateException e) {
            failure = "the test Redis Cluster did not start: " + e.getMessage();
        }
    }

    private static String port(String node) {
        return node.substring(node.indexOf(':') + 1);
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("redis-server", "--version").start().waitFor() == 0
                    && new ProcessBuilder("redis-cli", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("redis-cli", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 30 s");
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void waitFor(List<String> command, String expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = run(command);
            if (last.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(String.join(" ", command) + " never answered " + expected + ": " + last.strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
