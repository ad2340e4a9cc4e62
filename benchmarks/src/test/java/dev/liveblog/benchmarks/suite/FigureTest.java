package dev.liveblog.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void shouldHoldAThroughputToAShareOfItsReference() {
        // when
        final Figure met = Figure.compared("g", "n", 80, 100, "rec/s", 0.8, "");
        final Figure missed = Figure.compared("g", "n", 79, 100, "rec/s", 0.8, "");

        // then
        assertEquals(0.8, met.ratio(), 1e-9);
        assertTrue(met.met());
        assertFalse(missed.met());
        assertEquals(">= 0.80x", met.goal());
    }

    @Test
    void shouldHoldACostToAMultipleOfItsReferenceAndALatencyToItsBudget() {
        assertTrue(Figure.atMost("g", "n", 200, 100, "us/op", 2.0, "").met());
        assertFalse(Figure.atMost("g", "n", 201, 100, "us/op", 2.0, "").met());
        assertTrue(Figure.limited("g", "n", 150, 150, "ms", "").met());
        assertFalse(Figure.limited("g", "n", 151, 150, "ms", "").met());
    }

    @Test
    void shouldLeaveAFigureWithoutReferenceUnjudged() {
        final Figure plain = Figure.plain("g", "n", 3, "us/op", "");
        assertNull(plain.met());
        assertTrue(Double.isNaN(plain.ratio()));
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        final List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertEquals(5, LatencyBenchmark.percentile(sorted, 0.50));
        assertEquals(10, LatencyBenchmark.percentile(sorted, 0.99));
        assertEquals(1, LatencyBenchmark.percentile(List.of(1L), 0.99));
    }
}
