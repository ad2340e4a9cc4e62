package dev.liveblog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.config.Settings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveBlogProducerConfigTest {

    @Test
    void shouldDefaultToUtcTodayOldestFirstAndFailingOnBadLines() {
        // when only the blog id is given
        final LiveBlogProducerConfig config = config(Map.of(LiveBlogProducerConfig.BLOG_ID, "b"));

        // then the rest is as the README's table says
        assertEquals(new BlogContext("b", LocalDate.now(ZoneId.of("UTC")), ZoneId.of("UTC")), config.blogContext());
        assertEquals(EntryOrder.OLDEST_FIRST, config.order());
        assertEquals(InvalidLinePolicy.FAIL, config.invalidLines());
        assertEquals(InvalidLinePolicy.FAIL, LiveBlogProducerConfig.defaultInvalidLines());
    }

    @Test
    void shouldReadTheBlogAndTheChoicesInAnyCase() {
        final LiveBlogProducerConfig config = config(Map.of(LiveBlogProducerConfig.BLOG_ID, "blog-1",
                LiveBlogProducerConfig.BLOG_DATE, "2025-05-16", LiveBlogProducerConfig.BLOG_ZONE, "Europe/Istanbul",
                LiveBlogProducerConfig.ORDER, "SOURCE", LiveBlogProducerConfig.INVALID_LINES, "Skip"));

        assertEquals(new BlogContext("blog-1", LocalDate.of(2025, 5, 16), ZoneId.of("Europe/Istanbul")),
                config.blogContext());
        assertEquals(EntryOrder.SOURCE, config.order());
        assertEquals(InvalidLinePolicy.SKIP, config.invalidLines());
    }

    @Test
    void shouldCallTheZeroOffsetUtc() {
        // a blog's zone is written into every entry, where a reader expects a region id, not "Z"
        assertEquals(ZoneId.of("UTC"), config(Map.of(LiveBlogProducerConfig.BLOG_ID, "b",
                LiveBlogProducerConfig.BLOG_ZONE, "Z")).blogContext().zone());
    }

    @Test
    void shouldReportEveryBadBlogSettingAtOnce() {
        // given no blog id, a mistyped date, an unknown zone and an order that is none
        final Map<String, String> values = new HashMap<>();
        values.put(LiveBlogProducerConfig.BLOG_DATE, "2025-13-01");
        values.put(LiveBlogProducerConfig.BLOG_ZONE, "Mars/Olympus");
        values.put(LiveBlogProducerConfig.ORDER, "newest-first");

        // when the config is made
        final UserException error = assertThrows(UserException.class, () -> config(values));

        // then each is a line naming the setting, the value and what is allowed
        assertEquals(ExitCodes.BAD_CONFIG, error.exitCode());
        assertEquals(List.of(
                "missing required setting 'liveblog.blog.id' (option, environment variable LIVEBLOG_BLOG_ID or "
                        + "properties file)",
                "invalid value '2025-13-01' for setting 'liveblog.blog.date'; allowed: a date, YYYY-MM-DD",
                "invalid value 'Mars/Olympus' for setting 'liveblog.blog.zone'; allowed: an IANA time zone id such "
                        + "as 'Europe/London'",
                "invalid value 'newest-first' for setting 'liveblog.producer.order'; allowed: oldest-first, source"),
                error.getMessage().lines().toList());
    }

    @Test
    void shouldRefuseABlogIdThatCannotBeAKey() {
        final UserException error = assertThrows(UserException.class,
                () -> config(Map.of(LiveBlogProducerConfig.BLOG_ID, "my blog")));

        assertEquals("invalid value 'my blog' for setting 'liveblog.blog.id'; allowed: letters, digits and '.' '_' "
                + "':' '-', at most 200", error.getMessage());
    }

    @Test
    void shouldNameTheClosestSettingOfAMistypedKey() {
        final UserException error = assertThrows(UserException.class, () -> config(Map.of(
                LiveBlogProducerConfig.BLOG_ID, "b", "liveblog.producer.invalid.line", "skip")));

        assertEquals("unknown setting 'liveblog.producer.invalid.line'; did you mean "
                + "'liveblog.producer.invalid.lines'?", error.getMessage());
    }

    @Test
    void shouldKeepItsKafkaDefaultsUnderTheUsersProperties() {
        // the user's client properties win over the producer's own defaults
        assertEquals("all", EntryPublisher.DEFAULTS.get("acks"));
        assertEquals("lz4", EntryPublisher.DEFAULTS.get("compression.type"));
        assertEquals("1", ClientDefault.apply(LiveBlogProducerConfig.CLIENT_DEFAULTS,
                null, Map.of("acks", "1")).get("acks"));
    }

    private static LiveBlogProducerConfig config(final Map<String, String> values) {
        return LiveBlogProducerConfig.from(Settings.of(values));
    }
}
