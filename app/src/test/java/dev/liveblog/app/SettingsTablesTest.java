package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.ConfigDeclaration;
import dev.liveblog.common.config.SettingsCheck;
import dev.liveblog.common.config.SettingsTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's settings tables are those the components declare: a setting added, renamed or given another
 * default or range without regenerating them fails the build. With {@code -Dliveblog.settings.update=true} the
 * test rewrites them instead ({@link SettingsTables#UPDATE_COMMAND}).
 */
class SettingsTablesTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void shouldFindTheDeclarationOfEveryComponent() {
        // a component whose service file went missing would silently drop out of the tables and the typo check
        assertEquals(List.of("Every component", "`liveblog produce` (and `run`)", "`liveblog process`",
                "`liveblog consume`"), SettingsCheck.declarations().stream().map(ConfigDeclaration::component).toList());
    }

    @Test
    void shouldDocumentEverySettingAsDeclared() throws Exception {
        assertTrue(Files.isRegularFile(README), "run from the app module: " + README.toAbsolutePath());
        if (Boolean.getBoolean("liveblog.settings.update")) {
            SettingsTables.update(README);
        }
        final String readme = Files.readString(README, StandardCharsets.UTF_8);
        final String expected = "\n" + SettingsTables.render(SettingsCheck.declarations());
        assertEquals(expected, SettingsTables.section(readme), "The settings tables of README.md differ from the settings the components "
                + "declare. Regenerate them with:\n  " + SettingsTables.UPDATE_COMMAND + "\n");
    }
}
