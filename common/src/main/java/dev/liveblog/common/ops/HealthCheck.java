package dev.liveblog.common.ops;

/** Answers one health question about a running component; called on the HTTP server's thread, so it must not block. */
@FunctionalInterface
public interface HealthCheck {

    Health check();
}
