package dev.liveblog.producer;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.producer.poll.Backoff;
import dev.liveblog.producer.poll.BlogPoller;
import dev.liveblog.producer.poll.FetchSettings;
import dev.liveblog.producer.poll.HostRateLimiter;
import dev.liveblog.producer.poll.HttpFetcher;
import dev.liveblog.producer.poll.PollMemory;
import dev.liveblog.producer.poll.PolledBlog;
import dev.liveblog.producer.poll.PollingProducer;
import dev.liveblog.producer.source.Update;
import io.micrometer.core.instrument.MeterRegistry;
import dev.liveblog.schema.BlogEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The producer's work, callable from its command and from the local run: send the entries of one or more
 * sources (successive polls of one blog, in the order given) to the raw topic, or poll blogs and send what is new.
 */
public final class LiveBlogProducer {

    /** The updates of one source, already read and checked, in page order. */
    public record Input(String sourceName, List<Update> updates) {

        /** The lines of a plain-text source. */
        public static Input ofLines(final String sourceName, final List<SourceLine> lines) {
            return new Input(sourceName, lines.stream().map(BlogEntries::fromLine).toList());
        }
    }

    /** What was sent. */
    public record Summary(int sources, int entries, String topic, BlogContext blog, Duration elapsed) {

        public String describe() {
            return String.format(java.util.Locale.ROOT, "produced %d entries from %d source(s) to %s (blog %s, %s %s) in %.3f s",
                    entries, sources, topic, blog.blogId(), blog.date(), blog.zone().getId(),
                    elapsed.toMillis() / 1000.0);
        }
    }

    private LiveBlogProducer() {
    }

    /**
     * The polling producer: checks the topics, then polls {@code blogs} until stopped or until each was polled
     * {@code polls} times (0: until stopped). {@code started} gets the poller once it runs, to stop it or ask its
     * health.
     */
    public static PollingProducer.Summary poll(final Settings settings, final List<PolledBlog> blogs, final int polls,
                                               final MeterRegistry registry,
                                               final Consumer<PollingProducer> started, final Clock clock)
            throws InterruptedException {
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        final Topics topics = checkedTopics(config);
        final Duration interval = config.pollInterval();
        final FetchSettings fetch = new FetchSettings(config.httpTimeout(), config.httpTimeout(), config.userAgent(),
                config.maxBodyBytes());
        final Backoff backoff = new Backoff(interval, max(interval, config.backoffMax()), new SplittableRandom());
        try (EntryPublisher publisher = new EntryPublisher(settings.kafkaProperties(), topics.raw())) {
            final PollMemory memory = PollMemory.load(config.stateFile());
            memory.keepBlogs(blogs.stream().map(PolledBlog::blogId).collect(Collectors.toSet()));
            final BlogPoller poller = new BlogPoller(new HttpFetcher(fetch, clock), memory, publisher::publish,
                    config.order(), clock);
            final PollingProducer producer = new PollingProducer(blogs, poller::poll, interval, backoff,
                    new HostRateLimiter(config.hostInterval(), clock), registry, clock);
            started.accept(producer);
            return producer.run(polls);
        }
    }

    private static Topics checkedTopics(final LiveBlogProducerConfig config) {
        final Topics topics = Topics.from(config);
        try (TopicAdmin admin = TopicAdmin.connect(config)) {
            admin.awaitReachable();
            // the raw serde publishes its writer schema to the schemas topic before the first entry
            admin.requireTopics(List.of(topics.raw(), topics.schemas()));
        }
        return topics;
    }

    private static Duration max(final Duration a, final Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Summary produce(final Settings settings, final List<Input> inputs, final Clock clock) {
        final long start = System.nanoTime();
        final LiveBlogProducerConfig config = LiveBlogProducerConfig.from(settings);
        final BlogContext blog = config.blogContext();
        final EntryOrder order = config.order();
        final Topics topics = checkedTopics(config);
        final BlogEntries factory = new BlogEntries(blog, clock);
        final List<BlogEntry> entries = new ArrayList<>();
        for (final Input input : inputs) {
            // Ids are content hashes of normalised text, the costliest step per entry: spread it over the cores.
            // The stream keeps the lines' order, which is the send order.
            final String pollId = factory.pollId(input.sourceName(), input.updates());
            entries.addAll(order.arrangeUpdates(input.updates()).parallelStream()
                    .map(update -> factory.toEntry(input.sourceName(), pollId, update)).toList());
        }
        try (EntryPublisher publisher = new EntryPublisher(settings.kafkaProperties(), topics.raw())) {
            publisher.publish(entries);
        }
        return new Summary(inputs.size(), entries.size(), topics.raw().name(), blog,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
