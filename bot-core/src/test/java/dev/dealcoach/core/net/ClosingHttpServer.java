package dev.dealcoach.core.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * An HTTP server that closes every connection right after its answer without saying so (no
 * {@code Connection: close}), as some servers and proxies do, so a client's next call on that pooled
 * connection meets a closed socket. It answers each request with the JSON its request line calls
 * for, or, when told, reads a request and closes without answering. Not WireMock: WireMock keeps
 * connections alive.
 */
public final class ClosingHttpServer implements AutoCloseable {

    private final ServerSocket server;
    private final Function<String, String> json;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean answering = new AtomicBoolean(true);

    public ClosingHttpServer(String json) throws IOException {
        this(requestLine -> json);
    }

    /** @param json the answer to a request line such as {@code POST /api/auth.test HTTP/1.1} */
    public ClosingHttpServer(Function<String, String> json) throws IOException {
        this.json = json;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(this::serve, "closing-http-server");
        serving.setDaemon(true);
        serving.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The request lines ({@code POST /api/chat.postMessage HTTP/1.1}) the server read, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** From now on, read each request and close without answering. */
    public void stopAnswering() {
        answering.set(false);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                String requestLine = in.readLine();
                int length = 0;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                for (int i = 0; i < length; i++) {
                    in.read();
                }
                requests.add(requestLine);
                if (answering.get()) {
                    byte[] body = json.apply(requestLine).getBytes(StandardCharsets.UTF_8);
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                }
            } catch (IOException e) {
                // on to the next connection
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
