package dev.liveblog.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server standing for live-blog sites: each page it serves answers its n-th request with its n-th
 * snapshot (a test resource), the last one after that, as a page that changes between polls does.
 */
final class SnapshotServer implements AutoCloseable {

    private final HttpServer server;

    SnapshotServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    /** Serves the snapshots (class-path resources) at {@code path}, in turn; returns the page's URL. */
    String serve(final String path, final String contentType, final List<String> snapshots) {
        final AtomicInteger requests = new AtomicInteger();
        server.createContext(path, exchange -> {
            final byte[] body = resource(snapshots.get(Math.min(requests.getAndIncrement(), snapshots.size() - 1)));
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static byte[] resource(final String name) throws IOException {
        try (InputStream in = SnapshotServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
