package dev.dealcoach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay between DealCoach and Redis that counts round trips: on each connection, every time
 * the client sends after Redis has answered (or first) is one. A pipeline sent in one go and its
 * answers count once, as they cost one network wait.
 */
final class RoundTripCounter implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress redis;
    private final AtomicLong trips = new AtomicLong();
    private volatile boolean open = true;

    RoundTripCounter(URI redisUrl) throws IOException {
        this.redis = new InetSocketAddress(redisUrl.getHost(), redisUrl.getPort() == -1 ? 6379 : redisUrl.getPort());
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "round-trip-counter");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** The URL to give DealCoach in place of Redis's own. */
    URI url(URI redisUrl) {
        return URI.create(redisUrl.getScheme() + "://" + (redisUrl.getUserInfo() == null ? "" : redisUrl.getUserInfo() + "@")
                + "127.0.0.1:" + server.getLocalPort() + (redisUrl.getPath() == null ? "" : redisUrl.getPath()));
    }

    long trips() {
        return trips.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(redis);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                AtomicBoolean answered = new AtomicBoolean(true);
                pump(client, upstream, () -> {
                    if (answered.getAndSet(false)) {
                        trips.incrementAndGet();
                    }
                });
                pump(upstream, client, () -> answered.set(true));
            } catch (IOException e) {
                if (open) {
                    System.err.println("round-trip counter: " + e.getMessage());
                }
            }
        }
    }

    private static void pump(Socket from, Socket to, Runnable onData) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    onData.run();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "round-trip-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
