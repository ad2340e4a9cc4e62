package dev.liveblog.common.cli;

/** Exit codes of every liveblog command; documented in the README. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure; the log has the details. */
    public static final int FAILURE = 1;
    /** Unknown or invalid command-line option. */
    public static final int USAGE = 2;
    /** Bad input: missing, unreadable or malformed source file. */
    public static final int BAD_INPUT = 3;
    /** Kafka is unreachable within the wait, or a topic is missing. */
    public static final int KAFKA_UNAVAILABLE = 4;
    /** Bad configuration: unreadable properties file, invalid setting. */
    public static final int BAD_CONFIG = 5;
    /** Authentication failed: SASL credentials refused, or no TLS handshake (wrong truststore, plaintext client). */
    public static final int AUTHENTICATION_FAILED = 6;
    /** Not authorized: the client's user lacks an ACL for what it was doing. */
    public static final int NOT_AUTHORIZED = 7;
    /**
     * Refused: the application's group still has members, or a running processor holds its local state; a reset
     * now would race it. Stop every processor instance first.
     */
    public static final int REFUSED_WHILE_RUNNING = 8;

    private ExitCodes() {
    }
}
