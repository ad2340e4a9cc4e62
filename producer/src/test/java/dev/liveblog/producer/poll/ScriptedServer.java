package dev.liveblog.producer.poll;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP server whose answers are scripted per path: each request takes the next answer, the last one
 * repeating; every request is recorded with its headers and time. Only loopback, never the internet.
 */
final class ScriptedServer implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        static Answer ok(final String contentType, final String body, final String etag) {
            return new Answer(200, etag == null ? Map.of("Content-Type", contentType)
                    : Map.of("Content-Type", contentType, "ETag", etag), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer status(final int status, final Map<String, String> headers) {
            return new Answer(status, headers, new byte[0]);
        }
    }

    /** A request as the server saw it. */
    record Request(String path, String ifNoneMatch, String userAgent, Instant at) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            final String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("User-Agent"), Instant.now()));
            final Deque<Answer> answers = script.get(path);
            final Answer answer = answers == null ? Answer.status(404, Map.of())
                    : answers.size() > 1 ? answers.poll() : answers.peek();
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            final boolean empty = answer.body().length == 0;
            exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
            exchange.close();
        });
        server.start();
    }

    /** Scripts the answers of a path, in order; the last repeats. */
    ScriptedServer on(final String path, final Answer... answers) {
        script.put(path, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    URI uri(final String path) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + path);
    }

    List<Request> requests(final String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
