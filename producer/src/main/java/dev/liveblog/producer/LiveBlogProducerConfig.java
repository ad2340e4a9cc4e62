package dev.liveblog.producer;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.ConfigDeclaration;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.config.Validators;
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
        return def;
    }

    /** The blog a source belongs to; the date defaults to today in the blog's zone. */
    public BlogContext blogContext() {
        final ZoneId zone = zone(getString(BLOG_ZONE));
        final String date = getString(BLOG_DATE);
        return new BlogContext(getString(BLOG_ID).trim(),
                date == null ? LocalDate.now(zone) : LocalDate.parse(date.trim()), zone);
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
