package dev.liveblog.common.ops;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import java.util.OptionalInt;

/** {@code liveblog.http.port}: where a long-running component serves /metrics and /health; unset, nowhere. */
public final class HttpPort {

    public static final String KEY = "liveblog.http.port";

    private HttpPort() {
    }

    /** The port to serve on (0: any free one), or empty when the setting is unset. */
    public static OptionalInt of(final Settings settings) {
        if (settings.get(KEY).isEmpty()) {
            return OptionalInt.empty();
        }
        final int port = settings.getInt(KEY, -1);
        if (port < 0 || port > 65_535) {
            throw new UserException(ExitCodes.BAD_CONFIG, "setting '" + KEY + "' must be a port from 0 to 65535, got "
                    + port);
        }
        return OptionalInt.of(port);
    }
}
