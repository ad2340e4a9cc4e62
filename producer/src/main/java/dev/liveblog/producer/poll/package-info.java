/**
 * The HTTP side of polling a live blog: one conditional GET ({@link dev.liveblog.producer.poll.HttpFetcher}), how
 * long to wait after failures ({@link dev.liveblog.producer.poll.Backoff}) and per-host politeness
 * ({@link dev.liveblog.producer.poll.HostRateLimiter}). Nothing here knows about Kafka or about parsing: the polling
 * loop ties them together.
 */
package dev.liveblog.producer.poll;
