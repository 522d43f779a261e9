package dev.dealcoach.core.backend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to the test Redis server that a test can cut, as a server going away would: every
 * relayed connection is closed and new ones are refused. The shared server itself is left alone.
 */
public final class RedisRelay implements AutoCloseable {

    private final URI target;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    public RedisRelay(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start(this::accept, "redis-relay");
    }

    public URI url() {
        return URI.create("redis://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
    }

    private void accept() {
        try {
            while (true) {
                Socket client = server.accept();
                Socket redis = new Socket(target.getHost(), target.getPort());
                sockets.add(client);
                sockets.add(redis);
                if (cut) {
                    // accepted while being cut: this connection must not outlive the cut either
                    client.close();
                    redis.close();
                    return;
                }
                start(() -> relay(client, redis), "redis-relay-out");
                start(() -> relay(redis, client), "redis-relay-in");
            }
        } catch (IOException cut) {
            // the listening socket was closed
        }
    }

    private static void relay(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException cut) {
            // one side was closed
        }
    }

    private static void start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes every relayed connection and refuses new ones. */
    public void cut() throws IOException {
        cut = true;
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
