package dev.liveblog.app.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One component of the pipeline running in a process of its own, from the packaged jar, as in production: it can
 * be stopped with SIGTERM, or killed with SIGKILL at any moment.
 */
public final class Component implements AutoCloseable {

    static final Path JAR = Path.of("target", "liveblog.jar");

    /**
     * The JIT's first tier only, and the serial collector: a test runs up to seven of these JVMs for a minute or two
     * on two cores, where C2's compiler threads and the parallel collectors' threads took more CPU than their code
     * saved (two processor instances on a three-node cluster: 20,000 entries in 25 s instead of 50 s).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The same for the nodes that {@code liveblog broker --nodes} starts as processes of their own. */
    static final String NODE_JAVA_OPTS = "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;
    private int starts;

    public Component(final String name, final Path logDir, final String... args) {
        this.name = name;
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        this.command.addAll(JVM_OPTIONS);
        this.command.addAll(List.of("-jar", JAR.toString()));
        this.command.addAll(List.of(args));
        this.log = logDir.resolve(name + ".log");
    }

    public Component start() throws IOException {
        starts++;
        final ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LIVEBLOG_NODE_JAVA_OPTS", NODE_JAVA_OPTS);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The exit code of a JVM that ran its shutdown hooks after SIGTERM: 128 + 15. */
    public static final int SIGTERM_EXIT = 143;

    /** SIGTERM, as a container runtime sends it; returns the exit code (0, or 143 after the hooks ran). */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop within 60 s of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** SIGTERM without waiting, for processes that must stop together; {@link #stop} then waits for it. */
    public void signal() {
        if (alive()) {
            process.destroy();
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int await(final long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not finish within " + seconds + " s; see " + log);
        }
        return process.exitValue();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    int starts() {
        return starts;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }
}
