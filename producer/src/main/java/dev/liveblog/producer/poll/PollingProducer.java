package dev.liveblog.producer.poll;

import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.ops.ClusterProbe;
import dev.liveblog.common.ops.Health;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.producer.source.SourceException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls blogs until stopped or until each was polled a given number of times: one thread, each blog at its own
 * next time; a blog that fails waits longer after each failure in a row (honouring {@code Retry-After}), whether the
 * server is down or the page is not a live blog, and the others go on; requests to one host are spaced out. A
 * failure is one line naming the URL; only a failure to send to Kafka ends the run, since nothing can be sent then.
 */
public final class PollingProducer {

    private static final Logger LOG = LoggerFactory.getLogger(PollingProducer.class);

    /** What a run did. */
    public record Summary(int polls, int failed, int added, int edited) {

        public String describe() {
            return String.format(Locale.ROOT, "%d poll(s), %d failed: %d new and %d edited update(s) sent", polls,
                    failed, added, edited);
        }
    }

    /** One poll of one blog ({@link BlogPoller#poll}). */
    @FunctionalInterface
    public interface Poll {
        PollResult poll(PolledBlog blog) throws FetchException, InterruptedException;
    }

    /** A blog and how its polls went. */
    private static final class Slot {
        private final PolledBlog blog;
        // read by the health server's thread
        private volatile int failures;
        private volatile int polls;
        private volatile PollResult last;

        Slot(final PolledBlog blog) {
            this.blog = blog;
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final PollSchedule<Slot> schedule;
    private final Poll poller;
    private final Duration interval;
    private final Backoff backoff;
    private final HostRateLimiter hosts;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Map<PollResult.Outcome, Counter> pollCounters = new LinkedHashMap<>();
    private final Counter added;
    private final Counter edited;
    private volatile boolean running;

    public PollingProducer(final List<PolledBlog> blogs, final Poll poller, final Duration interval,
                           final Backoff backoff, final HostRateLimiter hosts, final MeterRegistry registry,
                           final Clock clock) {
        this.schedule = new PollSchedule<>(clock);
        for (final PolledBlog blog : blogs) {
            final Slot slot = new Slot(blog);
            slots.add(slot);
            schedule.add(slot, interval);
        }
        this.poller = poller;
        this.interval = interval;
        this.backoff = backoff;
        this.hosts = hosts;
        this.clock = clock;
        for (final PollResult.Outcome outcome : PollResult.Outcome.values()) {
            pollCounters.put(outcome, Counter.builder("liveblog.polls").description("Polls of blogs, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')).register(registry));
        }
        this.added = updates(registry, "new");
        this.edited = updates(registry, "edited");
    }

    /** Polls until {@link #stop} or, when {@code polls} is positive, until every blog was polled that often. */
    public Summary run(final int polls) throws InterruptedException {
        running = true;
        int total = 0;
        int failed = 0;
        int sentNew = 0;
        int sentEdited = 0;
        try {
            while (stop.getCount() > 0) {
                final Optional<Duration> wait = schedule.untilNext();
                if (wait.isEmpty()) {
                    break;
                }
                final Optional<Slot> due = wait.get().isZero() ? schedule.takeDue() : Optional.empty();
                if (due.isEmpty()) {
                    if (await(wait.get())) {
                        break;
                    }
                    continue;
                }
                final Slot slot = due.get();
                if (slot.blog.url() != null) {
                    // a host that is busy, or asked to be left alone, holds back its own blogs, not the others
                    final Duration busy = hosts.delayBefore(slot.blog.url());
                    if (!busy.isZero()) {
                        schedule.reschedule(slot, busy);
                        continue;
                    }
                    hosts.reserve(slot.blog.url());
                }
                final PollResult result = pollOnce(slot, polls);
                total++;
                failed += result.outcome() == PollResult.Outcome.FAILED ? 1 : 0;
                sentNew += result.added();
                sentEdited += result.edited();
            }
        } finally {
            running = false;
        }
        return new Summary(total, failed, sentNew, sentEdited);
    }

    /** Asks {@link #run} to return after the poll in hand; a poll's entries are sent and remembered or neither. */
    public void stop() {
        stop.countDown();
    }

    /** Live while the loop runs or has ended cleanly; ready when it runs and the cluster answers. */
    public Ops.Checks health(final ClusterProbe cluster) {
        return new Ops.Checks(() -> Health.up(details(cluster)),
                () -> new Health(running && cluster.reachable(), details(cluster)));
    }

    /** Due again after {@code wait}, unless it had its polls; whether it is. */
    private boolean next(final Slot slot, final int polls, final Duration wait) {
        if (polls > 0 && slot.polls >= polls) {
            schedule.remove(slot);
            return false;
        }
        schedule.reschedule(slot, wait);
        return true;
    }

    private PollResult pollOnce(final Slot slot, final int polls) throws InterruptedException {
        PollResult result;
        Optional<Duration> retryAfter = Optional.empty();
        try {
            result = poller.poll(slot.blog);
        } catch (final FetchException e) {
            result = PollResult.failed(e.getMessage());
            retryAfter = e.retryAfter();
            retryAfter.ifPresent(wait -> hosts.defer(slot.blog.url(), wait));
        } catch (final SourceException e) {
            result = PollResult.failed(e.getMessage());
        } catch (final UserException e) {
            // the cluster refused or could not take the entries: nothing can be sent, for any blog
            throw e;
        } catch (final RuntimeException e) {
            // a parser's surprise is this blog's problem, not the other blogs'
            LOG.debug("Polling {} failed", slot.blog.where(), e);
            result = PollResult.failed(slot.blog.where() + ": " + e);
        }
        slot.polls++;
        pollCounters.get(result.outcome()).increment();
        added.increment(result.added());
        edited.increment(result.edited());
        if (result.outcome() == PollResult.Outcome.FAILED) {
            slot.failures++;
            final Duration wait = backoff.delay(slot.failures, retryAfter);
            LOG.warn("{}{}", result.problem(), next(slot, polls, wait) ? "; next poll in " + seconds(wait) : "");
        } else {
            if (slot.last != null && slot.last.outcome() == PollResult.Outcome.FAILED) {
                LOG.info("{}: polled again after {} failure(s)", slot.blog.where(), Math.max(slot.failures, 1));
            }
            slot.failures = 0;
            next(slot, polls, interval);
            LOG.info("{} ({}): {}", slot.blog.where(), slot.blog.blogId(), result.describe());
        }
        slot.last = result;
        return result;
    }

    /** Waits, or returns true at once when asked to stop meanwhile. */
    private boolean await(final Duration wait) throws InterruptedException {
        if (wait.isNegative() || wait.isZero()) {
            return stop.getCount() == 0;
        }
        return stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Map<String, Object> details(final ClusterProbe cluster) {
        final Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", running);
        final List<Map<String, Object>> blogs = new ArrayList<>();
        for (final Slot slot : List.copyOf(slots)) {
            final Map<String, Object> blog = new LinkedHashMap<>();
            blog.put("blog", slot.blog.blogId());
            blog.put("source", slot.blog.where());
            blog.put("polls", slot.polls);
            blog.put("failures", slot.failures);
            final PollResult last = slot.last;
            if (last != null) {
                blog.put("last", last.describe());
            }
            blogs.add(blog);
        }
        details.put("blogs", blogs);
        details.put("cluster", cluster.details());
        return details;
    }

    private static Counter updates(final MeterRegistry registry, final String change) {
        return Counter.builder("liveblog.updates.sent").description("Updates sent to the raw topic, new or edited")
                .tag("change", change).register(registry);
    }

    private static String seconds(final Duration wait) {
        return String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
    }
}
