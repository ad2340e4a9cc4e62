package dev.liveblog.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClusterProbeTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ClusterProbe probe = new ClusterProbe(null, now::get, false);

    @Test
    void shouldNotBeReachableBeforeTheClusterFirstAnswered() {
        assertFalse(probe.reachable());
        assertEquals(false, probe.details().get("reachable"));
    }

    @Test
    void shouldStayReachableForAWhileAfterAnAnswerThenNot() {
        // given an answer, then failures
        probe.answered(null);
        probe.answered("TimeoutException: Timed out waiting for a node assignment");

        // then one missed answer does not flap it, a stale one does
        now.addAndGet(ClusterProbe.STALE_AFTER.minusSeconds(1).toNanos());
        assertTrue(probe.reachable());
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(probe.reachable());
        assertTrue(probe.details().get("error").toString().contains("TimeoutException"));
    }

    @Test
    void shouldBeReachableAgainOnTheNextAnswer() {
        probe.answered(null);
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertFalse(probe.reachable());
        probe.answered(null);
        assertTrue(probe.reachable());
        assertFalse(probe.details().containsKey("error"));
    }
}
