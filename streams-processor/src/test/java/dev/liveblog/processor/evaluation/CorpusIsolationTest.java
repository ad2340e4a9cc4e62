package dev.liveblog.processor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules must not know the corpora they are measured on: no main source of the project names a person of a
 * labelled corpus (they are invented, so a name there came from reading the corpus) or repeats six words of a
 * corpus's text.
 */
class CorpusIsolationTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final int RUN = 6;

    @Test
    void shouldFindNoNameOrSentenceOfACorpusInMainCode() throws IOException {
        // given the people and the six-word runs of every corpus
        final Set<String> people = new HashSet<>();
        final Set<String> runs = new HashSet<>();
        final List<Path> corpora = new ArrayList<>(Corpus.all().values().stream().map(c -> c.polls().get(0).getParent())
                .toList());
        for (final Path dir : corpora) {
            try (Stream<Path> files = Files.list(dir)) {
                for (final Path file : files.toList()) {
                    final String name = file.getFileName().toString();
                    if (name.endsWith(".gold.json")) {
                        people.addAll(people(new ObjectMapper().readTree(file.toFile())));
                    } else if (name.endsWith(".txt")) {
                        runs.addAll(runs(Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }

        // when every main source of the project is read
        final List<String> found = new ArrayList<>();
        final Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            for (final Path file : files.filter(CorpusIsolationTest::mainSource).toList()) {
                final String text = Files.readString(file, StandardCharsets.UTF_8);
                people.stream().filter(p -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p) + "(?![\\p{L}])")
                        .matcher(text).find()).forEach(p -> found.add(root.relativize(file) + ": " + p));
                runs(text).stream().filter(runs::contains).forEach(r -> found.add(root.relativize(file) + ": " + r));
            }
        }

        // then none is there
        assertEquals(List.of(), found);
    }

    private static boolean mainSource(final Path file) {
        final String path = file.toString().replace('\\', '/');
        return path.contains("/src/main/") && !path.contains("/target/")
                && (path.endsWith(".java") || path.endsWith(".txt") || path.endsWith(".properties"));
    }

    /** The full names of the people a gold file requires. */
    private static Set<String> people(final JsonNode gold) {
        final Set<String> names = new HashSet<>();
        gold.path("entities_required").forEach(line -> line.forEach(entity -> {
            if ("PERSON".equals(entity.path("type").asText()) && entity.path("name").asText().contains(" ")) {
                names.add(entity.path("name").asText());
            }
        }));
        return names;
    }

    private static Set<String> runs(final String text) {
        final List<String> words = new ArrayList<>();
        final Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        final Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
