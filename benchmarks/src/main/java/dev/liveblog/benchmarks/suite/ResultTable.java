package dev.liveblog.benchmarks.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The suite's figures, printed as a table and written as JSON with the run's context. */
public final class ResultTable {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    public void add(final Figure figure) {
        figures.add(figure);
    }

    public void addAll(final List<Figure> more) {
        figures.addAll(more);
    }

    /** A fact about the run (machine, settings, sizes) written beside the figures. */
    public void context(final String key, final Object value) {
        context.put(key, value);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public void print(final PrintStream out) {
        final String format = "%-10s %-46s %12s %12s %-9s %7s  %-13s %s%n";
        out.printf(Locale.ROOT, format, "group", "figure", "ours", "reference", "unit", "ratio", "goal", "met");
        for (final Figure f : figures) {
            out.printf(Locale.ROOT, format, f.group(), f.name(), Figure.format(f.ours()), Figure.format(f.reference()),
                    f.unit(), Double.isNaN(f.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()), f.goal(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO");
        }
    }

    public void writeJson(final Path file) throws IOException {
        final Map<String, Object> document = new LinkedHashMap<>();
        document.put("context", context);
        final List<Map<String, Object>> rows = new ArrayList<>();
        for (final Figure f : figures) {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", f.group());
            row.put("name", f.name());
            row.put("ours", finite(f.ours()));
            row.put("reference", finite(f.reference()));
            row.put("unit", f.unit());
            row.put("ratio", finite(f.ratio()));
            row.put("goal", f.goal());
            row.put("met", f.met());
            row.put("note", f.note());
            rows.add(row);
        }
        document.put("figures", rows);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    private static Double finite(final double value) {
        return Double.isFinite(value) ? value : null;
    }
}
