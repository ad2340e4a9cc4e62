package dev.liveblog.common.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The README's settings tables, generated from every component's {@link ConfigDeclaration} so that they cannot
 * drift from the code: one table per component, its own settings and then the Kafka client properties it sets.
 * They sit in the README between {@value #BEGIN} and {@value #END}; {@code main} rewrites them there.
 */
public final class SettingsTables {

    public static final String BEGIN = "<!-- settings:begin -->";
    public static final String END = "<!-- settings:end -->";
    /** How to bring the README up to date; told by the test that finds it stale. */
    public static final String UPDATE_COMMAND = "mvn -B -q test -pl app -am -Dtest=SettingsTablesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dliveblog.settings.update=true";

    private SettingsTables() {
    }

    /** Rewrites the tables of the README at {@code args[0]} (default {@code README.md}). */
    public static void main(final String[] args) throws IOException {
        final Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        System.out.println(update(readme) ? "updated the settings tables of " + readme
                : "the settings tables of " + readme + " are up to date");
    }

    /** Rewrites the tables in {@code readme} from the declarations on the class path; true if they changed. */
    public static boolean update(final Path readme) throws IOException {
        final String text = Files.readString(readme, StandardCharsets.UTF_8);
        final String updated = splice(text, render(SettingsCheck.declarations()));
        if (updated.equals(text)) {
            return false;
        }
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
        return true;
    }

    /** What stands between the markers of {@code text}. */
    public static String section(final String text) {
        final int begin = text.indexOf(BEGIN);
        final int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("the README has no " + BEGIN + " ... " + END + " section");
        }
        return text.substring(begin + BEGIN.length(), end);
    }

    /** {@code text} with what stands between the markers replaced by {@code tables}. */
    public static String splice(final String text, final String tables) {
        final String old = section(text);
        final int begin = text.indexOf(BEGIN) + BEGIN.length();
        return text.substring(0, begin) + "\n" + tables + text.substring(begin + old.length());
    }

    /** The tables of the declarations, in their order. */
    public static String render(final List<ConfigDeclaration> declarations) {
        final StringBuilder out = new StringBuilder();
        for (final ConfigDeclaration declaration : declarations) {
            out.append('\n').append("**").append(declaration.component()).append("**\n\n")
                    .append("| Setting | Type | Default | Valid values | Meaning |\n")
                    .append("|---|---|---|---|---|\n");
            for (final ConfigDef.ConfigKey key : declaration.definition().configKeys().values()) {
                row(out, code(key.name), key.type.name().toLowerCase(Locale.ROOT), shownDefault(key),
                        key.validator == null ? "any" : key.validator.toString(), key.documentation);
            }
            for (final ClientDefault client : declaration.clientDefaults()) {
                row(out, code(client.key()), "Kafka client", shownValue(client), "Kafka's", client.meaning());
            }
        }
        return out.append('\n').toString();
    }

    private static String shownDefault(final ConfigDef.ConfigKey key) {
        if (key.alternativeString != null) {
            return key.alternativeString;
        }
        if (!key.hasDefault()) {
            return "required";
        }
        return key.defaultValue == null ? "none" : code(ConfigDef.convertToString(key.defaultValue, key.type));
    }

    private static String shownValue(final ClientDefault client) {
        final String value = client.fromSetting() != null ? "the value of " + code(client.fromSetting())
                : code(client.value());
        return client.fixed() ? value + " (always)" : value;
    }

    private static void row(final StringBuilder out, final String... cells) {
        out.append('|');
        for (final String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }

    private static String code(final String text) {
        return "`" + text + "`";
    }
}
