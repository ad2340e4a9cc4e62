package dev.liveblog.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which external tools this machine has, for tests that use them and skip without them. */
final class TestTools {

    private TestTools() {
    }

    static boolean onPath(final String tool) {
        for (final String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
