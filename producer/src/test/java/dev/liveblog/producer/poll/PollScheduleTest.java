package dev.liveblog.producer.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final PollSchedule<String> schedule = new PollSchedule<>(clock);

    @Test
    void shouldHandOutNewBlogsAtOnceInTheOrderAdded() {
        schedule.add("a", Duration.ofSeconds(30));
        schedule.add("b", Duration.ofSeconds(60));

        assertEquals(Optional.of(Duration.ZERO), schedule.untilNext());
        assertEquals(Optional.of("a"), schedule.takeDue());
        assertEquals(Optional.of("b"), schedule.takeDue());
        // both in flight: nothing waits
        assertEquals(Optional.empty(), schedule.takeDue());
        assertEquals(Optional.empty(), schedule.untilNext());
    }

    @Test
    void shouldHandOutTheEarliestDueWhenItsTimeComes() {
        // given two blogs polled and rescheduled at their intervals
        schedule.add("slow", Duration.ofSeconds(60));
        schedule.add("fast", Duration.ofSeconds(20));
        schedule.reschedule(schedule.takeDue().orElseThrow(), Duration.ofSeconds(60));
        schedule.reschedule(schedule.takeDue().orElseThrow(), Duration.ofSeconds(20));

        // then nothing is due until the fast one is
        assertEquals(Optional.of(Duration.ofSeconds(20)), schedule.untilNext());
        assertEquals(Optional.empty(), schedule.takeDue());
        clock.advance(Duration.ofSeconds(25));
        assertEquals(Optional.of("fast"), schedule.takeDue());
        assertEquals(Optional.of(Duration.ofSeconds(35)), schedule.untilNext());
    }

    @Test
    void shouldNotTakeBackARemovedBlog() {
        schedule.add("a", Duration.ofSeconds(30));
        final String taken = schedule.takeDue().orElseThrow();
        schedule.remove(taken);
        schedule.reschedule(taken, Duration.ZERO);
        assertEquals(Optional.empty(), schedule.takeDue());
    }

    @Test
    void shouldKeepEachBlogsInterval() {
        schedule.add("a", Duration.ofSeconds(45));
        assertEquals(Duration.ofSeconds(45), schedule.interval("a"));
    }
}
