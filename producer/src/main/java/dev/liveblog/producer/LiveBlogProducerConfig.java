package dev.liveblog.producer;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.ConfigDeclaration;
import dev.liveblog.common.config.Durations;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.config.Validators;
import dev.liveblog.producer.source.SourceFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The producer's settings: which blog a source is (its text does not say), its date and zone, the send order and
 * what to do with a line that is not text; and the Kafka producer properties it sets. Declared once here, with
 * the settings every component shares ({@link LiveBlogConfig}).
 */
public final class LiveBlogProducerConfig extends LiveBlogConfig {

    public static final String BLOG_ID = "liveblog.blog.id";
    public static final String BLOG_DATE = "liveblog.blog.date";
    public static final String BLOG_ZONE = "liveblog.blog.zone";
    public static final String ORDER = "liveblog.producer.order";
    public static final String INVALID_LINES = "liveblog.producer.invalid.lines";
    public static final String FORMAT = "liveblog.producer.format";
    public static final String ENTRY_SELECTOR = "liveblog.producer.entry.selector";
    public static final String POLL_INTERVAL = "liveblog.producer.poll.interval";
    public static final String STATE_FILE = "liveblog.producer.state.file";
    public static final String HTTP_TIMEOUT = "liveblog.producer.http.timeout";
    public static final String USER_AGENT = "liveblog.producer.http.user.agent";
    public static final String HOST_INTERVAL = "liveblog.producer.http.host.interval";
    public static final String MAX_BODY_BYTES = "liveblog.producer.http.max.body.bytes";
    public static final String BACKOFF_MAX = "liveblog.producer.backoff.max";

    /** Idempotent, acknowledged by every in-sync replica: a retry never writes an entry twice, none is lost. */
    public static final List<ClientDefault> CLIENT_DEFAULTS = List.of(
            ClientDefault.of(ProducerConfig.ACKS_CONFIG, "all", "an entry counts as sent once every in-sync "
                    + "replica has it"),
            ClientDefault.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true", "a retry never writes an entry twice"),
            ClientDefault.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", "text compresses well and cheaply"),
            ClientDefault.of(ProducerConfig.LINGER_MS_CONFIG, "5", "fuller batches for a few milliseconds"),
            ClientDefault.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000", "how long a send waits for metadata"),
            ClientDefault.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000", "how long an entry may take to "
                    + "be acknowledged before the run fails"),
            ClientDefault.of(ProducerConfig.CLIENT_ID_CONFIG, "liveblog-producer", "the producer's name in the "
                    + "broker's logs and quotas"));

    private static final ConfigDef OWN = ownSettings(new ConfigDef());
    private static final ConfigDef ALL = withSharedSettings(OWN);

    private LiveBlogProducerConfig(final Settings settings) {
        super(ALL, settings);
    }

    /** The producer's settings, checked: every problem is one line of the {@code UserException} (exit code 5). */
    public static LiveBlogProducerConfig from(final Settings settings) {
        return new LiveBlogProducerConfig(settings);
    }

    private static ConfigDef ownSettings(final ConfigDef def) {
        define(def, BLOG_ID, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                "the input's file name without extension", Validators.matching("[A-Za-z0-9._:-]{1,200}",
                        "letters, digits and `.` `_` `:` `-`, at most 200"),
                "The blog the source belongs to: the key of its entries. `NAME.properties` beside `NAME.txt` may "
                        + "set it, with the date and zone.");
        define(def, BLOG_DATE, ConfigDef.Type.STRING, null, "today in the blog's zone",
                Validators.optional(Validators.check(v -> LocalDate.parse(((String) v).trim()) != null,
                        "a date, YYYY-MM-DD")),
                "The day the blog covers: times without a day are read on it.");
        define(def, BLOG_ZONE, ConfigDef.Type.STRING, "UTC",
                Validators.check(v -> ZoneId.of(((String) v).trim()) != null,
                        "an IANA time zone id such as `Europe/London`"),
                "The blog's time zone: a bare \"12:30\" or \"local time\" is read in it.");
        define(def, ORDER, ConfigDef.Type.STRING, "oldest-first", Validators.oneOf("oldest-first", "source"),
                "Send order: `oldest-first` reverses the page (live blogs print the newest entry first); "
                        + "`source` keeps page order.");
        define(def, INVALID_LINES, ConfigDef.Type.STRING, "fail", Validators.oneOf("fail", "skip"),
                "A line that is not UTF-8 text: `fail` stops naming file and line (exit code 3), `skip` leaves it "
                        + "out with a warning.");
        define(def, FORMAT, ConfigDef.Type.STRING, "auto", Validators.oneOf("auto", "json-ld", "feed", "html", "text"),
                "What a source is: `auto` tells from its content (JSON-LD `LiveBlogPosting` in HTML, an RSS or Atom "
                        + "feed, HTML with `" + ENTRY_SELECTOR + "`, else plain text); the others force one.");
        define(def, ENTRY_SELECTOR, ConfigDef.Type.STRING, null, Validators.optional(Validators.check(
                        v -> !((String) v).isBlank(), "a CSS selector such as `article.post`")),
                "CSS selector of the entries of an HTML page without JSON-LD; each element it picks is one entry.");
        define(def, POLL_INTERVAL, ConfigDef.Type.STRING, "30s", Durations.atLeast(Duration.ofMillis(100)),
                "How often each URL, blogs-file entry or watched directory is read again.");
        define(def, STATE_FILE, ConfigDef.Type.STRING, "liveblog-producer-state.json", null,
                "Where the polling producer remembers what it sent (each update's id and text hash, each URL's ETag "
                        + "and Last-Modified, the files taken from a watched directory), so a restart sends nothing "
                        + "twice. Written atomically after every poll the broker acknowledged.");
        define(def, HTTP_TIMEOUT, ConfigDef.Type.STRING, "20s", Durations.atLeast(Duration.ofMillis(100)),
                "How long one request of a page or feed may take, connecting included.");
        define(def, USER_AGENT, ConfigDef.Type.STRING, "liveblog-pipeline/0.1 (live-blog poller)",
                Validators.check(v -> !((String) v).isBlank(), "a non-empty product name"),
                "The User-Agent sent with every request, so a site can tell who polls it.");
        define(def, HOST_INTERVAL, ConfigDef.Type.STRING, "1s", Durations.atLeast(Duration.ZERO),
                "At most one request to a host per this interval, however many blogs it serves.");
        define(def, MAX_BODY_BYTES, ConfigDef.Type.INT, 16 * 1024 * 1024, Validators.atLeast(1024),
                "The largest page or feed read (bytes, after decompression); a larger one is an error of its URL.");
        define(def, BACKOFF_MAX, ConfigDef.Type.STRING, "5m", Durations.atLeast(Duration.ofSeconds(1)),
                "The longest wait after repeated errors of one URL (the waits double from the poll interval, with "
                        + "jitter; a `Retry-After` is honoured up to an hour).");
        return def;
    }

    /** The blog a source belongs to; the date defaults to today in the blog's zone. */
    public BlogContext blogContext() {
        final ZoneId zone = zone(getString(BLOG_ZONE));
        final String date = getString(BLOG_DATE);
        return new BlogContext(getString(BLOG_ID).trim(),
                date == null ? LocalDate.now(zone) : LocalDate.parse(date.trim()), zone);
    }

    /** The format sources are read as; null: told from each source's content. */
    public SourceFormat format() {
        final String format = getString(FORMAT).trim();
        return "auto".equalsIgnoreCase(format) ? null
                : SourceFormat.valueOf(Validators.normalWord(format));
    }

    public String entrySelector() {
        return getString(ENTRY_SELECTOR);
    }

    public Duration pollInterval() {
        return Durations.parse(getString(POLL_INTERVAL));
    }

    public Path stateFile() {
        return Path.of(getString(STATE_FILE));
    }

    public Duration httpTimeout() {
        return Durations.parse(getString(HTTP_TIMEOUT));
    }

    public String userAgent() {
        return getString(USER_AGENT).trim();
    }

    public Duration hostInterval() {
        return Durations.parse(getString(HOST_INTERVAL));
    }

    public int maxBodyBytes() {
        return getInt(MAX_BODY_BYTES);
    }

    public Duration backoffMax() {
        return Durations.parse(getString(BACKOFF_MAX));
    }

    /** Whether the blog's zone was set by the user (else a source that carries its own offset gives it). */
    public boolean zoneGiven() {
        return settings().get(BLOG_ZONE).isPresent();
    }

    /** Whether the blog's date was set by the user (else a source that says its date gives it). */
    public boolean dateGiven() {
        return settings().get(BLOG_DATE).isPresent();
    }

    public EntryOrder order() {
        return EntryOrder.valueOf(Validators.normalWord(getString(ORDER)));
    }

    public InvalidLinePolicy invalidLines() {
        return policy(getString(INVALID_LINES));
    }

    /**
     * The policy for lines that are not text when no settings are known yet: {@code run} reads its inputs before
     * it knows the blog they belong to.
     */
    public static InvalidLinePolicy defaultInvalidLines() {
        return policy((String) OWN.defaultValues().get(INVALID_LINES));
    }

    private static InvalidLinePolicy policy(final String value) {
        return InvalidLinePolicy.valueOf(Validators.normalWord(value));
    }

    /** "UTC" rather than "Z": the zone is written into every entry, where a reader expects a region id. */
    private static ZoneId zone(final String value) {
        final ZoneId zone = ZoneId.of(value.trim());
        return zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
    }

    /** The producer's settings, for the README and the check for unknown keys. */
    public static final class Declaration extends ConfigDeclaration {

        public Declaration() {
            super(1, "`liveblog produce` (and `run`)", OWN, CLIENT_DEFAULTS);
        }
    }
}
