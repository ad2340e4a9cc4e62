package dev.liveblog.app.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code liveblog broker --nodes} and {@code --node} print of each node, read the way a script reads it. */
public final class NodeLines {

    /** One {@code node ID port PORT pid PID} line. */
    public record Node(int id, int port, long pid) {
    }

    private static final Pattern LINE = Pattern.compile("(?m)^node (\\d+) port (\\d+) pid (\\d+)$");

    private NodeLines() {
    }

    /** The node lines of a log by node id, once there are {@code count}; fails after {@code within}. */
    public static Map<Integer, Node> await(final Path log, final int count, final Duration within)
            throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            final Map<Integer, Node> found = new TreeMap<>();
            if (Files.exists(log)) {
                final Matcher line = LINE.matcher(Files.readString(log, StandardCharsets.UTF_8));
                while (line.find()) {
                    final Node node = new Node(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)),
                            Long.parseLong(line.group(3)));
                    found.put(node.id(), node);
                }
            }
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + count + " node lines within " + within.toSeconds() + " s in " + log);
    }

    /** The first of {@code count} consecutive free ports, for a cluster's clients and controllers. */
    public static int freePorts(final int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            final int first;
            try (ServerSocket socket = new ServerSocket(0)) {
                first = socket.getLocalPort();
            }
            boolean free = first + count <= 65_535;
            for (int port = first; port < first + count && free; port++) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    socket.setReuseAddress(true);
                } catch (final IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }
}
