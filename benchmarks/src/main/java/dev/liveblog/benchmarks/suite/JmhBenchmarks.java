package dev.liveblog.benchmarks.suite;

import dev.liveblog.benchmarks.DedupLookupBenchmark;
import dev.liveblog.benchmarks.HotPathBenchmark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks of the hot paths (each in forked JVMs, as JMH does) and turns their scores into rows. */
final class JmhBenchmarks {

    private static final String UNIT = "us/op";
    private static final int SMALL_HISTORY = 100;
    private static final int LARGE_HISTORY = 100_000;

    private JmhBenchmarks() {
    }

    static List<Figure> run() throws RunnerException {
        final Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(Pattern.quote(HotPathBenchmark.class.getName() + "."))
                .include(Pattern.quote(DedupLookupBenchmark.class.getName() + "."))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build()).run();
        final List<Figure> figures = new ArrayList<>();
        final Map<Integer, Double> dedup = new TreeMap<>();
        for (final RunResult result : results) {
            final String method = result.getParams().getBenchmark()
                    .substring(result.getParams().getBenchmark().lastIndexOf('.') + 1);
            final double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().startsWith(DedupLookupBenchmark.class.getName())) {
                dedup.put(Integer.parseInt(result.getParams().getParam("history")), score);
            } else {
                figures.add(Figure.plain("hot path", method, score, UNIT, "JMH average time per entry"));
            }
        }
        dedup.forEach((history, score) -> figures.add(Figure.plain("hot path",
                String.format(Locale.ROOT, "dedup lookup, %,d earlier entries", history), score, UNIT,
                "JMH average time per entry, RocksDB stores")));
        if (dedup.containsKey(SMALL_HISTORY) && dedup.containsKey(LARGE_HISTORY)) {
            figures.add(Figure.atMost("hot path", "dedup lookup at 100,000 vs 100 earlier entries",
                    dedup.get(LARGE_HISTORY), dedup.get(SMALL_HISTORY), UNIT, 1.5, "scaling of the lookup"));
        }
        return figures;
    }
}
