package dev.dealcoach.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * A {@code redis-server} of the test's own, on its own port, with an append-only file written on
 * every command, that the test can kill (SIGKILL) and start again on the same data.
 */
final class RedisProcess implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    RedisProcess() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        dir = Files.createTempDirectory("dealcoach-redis-");
        start();
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void start() throws IOException {
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--dir", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (RedisClient client = RedisClient.create("127.0.0.1", port)) {
                if ("PONG".equals(client.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port + "; see " + dir.resolve("redis.log"));
    }

    /** SIGKILL: no shutdown, no last save; only what the append-only file has survives. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        while (accepting()) {
            sleep();
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }
}
