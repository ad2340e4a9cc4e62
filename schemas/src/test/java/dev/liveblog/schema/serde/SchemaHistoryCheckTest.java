package dev.liveblog.schema.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's guard on schema evolution: the first test fails the build when a schema of the contract changed
 * without a new history version, or changed incompatibly; the others show that it would.
 */
class SchemaHistoryCheckTest {

    private static final String V1 = """
            {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
              {"name": "id", "type": "string"}]}""";
    private static final String V2 = """
            {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
              {"name": "id", "type": "string"},
              {"name": "note", "type": ["null", "string"], "default": null}]}""";

    @TempDir
    Path dir;

    @Test
    void shouldFindEveryContractSchemaReleasedAndEveryStepCompatibleBothWays() {
        // (the working directory of a module's tests is the module)
        SchemaHistoryCheck.verify(Path.of("src/main/avro"), Path.of("src/main/schema-history"));
    }

    @Test
    void shouldFailAnIncompatibleChangeNamingTheTypeTheVersionsAndAvrosReasons() throws URISyntaxException {
        // given the fixture: BlogEntry-2 adds a required field without default and drops another
        final Path fixture = Path.of(getClass().getResource("/evolution/incompatible").toURI());

        // when the build checks it
        final IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> SchemaHistoryCheck.verify(fixture.resolve("current"), fixture.resolve("history")));

        // then the message names the type, both versions and what Avro found, in each direction
        final String message = failure.getMessage();
        assertTrue(message.contains("BlogEntry: versions 1 and 2 are incompatible"), message);
        assertTrue(message.contains("backward: version 2 cannot read records written with version 1"), message);
        assertTrue(message.contains("READER_FIELD_MISSING_DEFAULT_VALUE"), message);
        assertTrue(message.contains("feedId"), message);
        assertTrue(message.contains("forward: version 1 cannot read records written with version 2"), message);
        assertTrue(message.contains("source"), message);
    }

    @Test
    void shouldAcceptAnOptionalFieldWithADefault() throws Exception {
        // given a history whose second version adds an optional field, and that version as today's schema
        final Path current = write("current/Reading.avsc", V2).getParent();
        final Path history = write("history/Reading-1.avsc", V1).getParent();
        write("history/Reading-2.avsc", V2);
        write("history/index.txt", "Reading-1.avsc\nReading-2.avsc\n");

        // then nothing is wrong
        assertEquals(List.of(), SchemaHistoryCheck.problems(current, history));
    }

    @Test
    void shouldTellTheDeveloperToAddAVersionWhenTheCurrentSchemaChanged() throws Exception {
        // given a schema changed in place, its history still at version 1
        final Path current = write("current/Reading.avsc", V2).getParent();
        final Path history = write("history/Reading-1.avsc", V1).getParent();
        write("history/index.txt", "Reading-1.avsc\n");

        // then the problem says which file to add, and where to list it
        final List<String> problems = SchemaHistoryCheck.problems(current, history);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("differs from its newest released version Reading-1.avsc"), problems.get(0));
        assertTrue(problems.get(0).contains("Reading-2.avsc"), problems.get(0));
        assertTrue(problems.get(0).contains("index.txt"), problems.get(0));
    }

    @Test
    void shouldNameAVersionTheIndexDoesNotListAndAGapInTheVersions() throws Exception {
        // given version 3 on disk but not in the index, and no version 2
        final Path current = write("current/Reading.avsc", V2).getParent();
        final Path history = write("history/Reading-1.avsc", V1).getParent();
        write("history/Reading-3.avsc", V2);
        write("history/index.txt", "Reading-1.avsc\n");

        // then both are reported
        final String problems = String.join("\n", SchemaHistoryCheck.problems(current, history));
        assertTrue(problems.contains("Reading-3.avsc is missing from"), problems);
        assertTrue(problems.contains("version 3 follows version 1"), problems);
    }

    @Test
    void shouldRequireEveryOlderVersionToReadTheNewestNotOnlyTheNext() throws Exception {
        // given a field given a default (1 -> 2), then removed (2 -> 3): each step is compatible both ways, but a
        // reader of version 1, which has no default for it, cannot read what version 3 writes
        final String v1 = """
                {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
                  {"name": "id", "type": "string"},
                  {"name": "note", "type": "string"}]}""";
        final String v2 = """
                {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
                  {"name": "id", "type": "string"},
                  {"name": "note", "type": "string", "default": ""}]}""";
        final String v3 = """
                {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
                  {"name": "id", "type": "string"}]}""";
        final Path current = write("current/Reading.avsc", v3).getParent();
        final Path history = write("history/Reading-1.avsc", v1).getParent();
        write("history/Reading-2.avsc", v2);
        write("history/Reading-3.avsc", v3);
        write("history/index.txt", "Reading-1.avsc\nReading-2.avsc\nReading-3.avsc\n");

        // then the check names the version that cannot read the newest
        final List<String> problems = SchemaHistoryCheck.problems(current, history);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("version 1 cannot read records written with version 3"), problems.get(0));
    }

    @Test
    void shouldRequireTheNewestVersionToReadEveryOlderOneNotOnlyThePrevious() throws Exception {
        // given a field added with a default (1 -> 2), then made required (2 -> 3): each step is compatible
        // both ways, but version 3 cannot read what version 1 wrote
        final String v3 = """
                {"type": "record", "name": "Reading", "namespace": "dev.liveblog.fixture", "fields": [
                  {"name": "id", "type": "string"},
                  {"name": "note", "type": ["null", "string"]}]}""";
        final Path current = write("current/Reading.avsc", v3).getParent();
        final Path history = write("history/Reading-1.avsc", V1).getParent();
        write("history/Reading-2.avsc", V2);
        write("history/Reading-3.avsc", v3);
        write("history/index.txt", "Reading-1.avsc\nReading-2.avsc\nReading-3.avsc\n");

        // then the check names the version the newest cannot read
        final List<String> problems = SchemaHistoryCheck.problems(current, history);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("version 3 cannot read records written with version 1"), problems.get(0));
        assertTrue(problems.get(0).contains("READER_FIELD_MISSING_DEFAULT_VALUE"), problems.get(0));
    }

    @Test
    void shouldAskForAHistoryOfANewType() throws Exception {
        final Path current = write("current/Reading.avsc", V1).getParent();
        final Path history = write("history/index.txt", "").getParent();

        final List<String> problems = SchemaHistoryCheck.problems(current, history);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Reading-1.avsc"), problems.get(0));
    }

    private Path write(final String name, final String text) throws Exception {
        final Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
