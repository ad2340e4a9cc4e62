package dev.liveblog.common.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs a picocli command with the project's error conventions: a user's mistake is one line on stderr and a
 * documented exit code; only a bug prints a stack trace.
 */
public final class CommandLines {

    private CommandLines() {
    }

    /** Parses and runs {@code command}, returning the exit code instead of exiting. */
    public static int execute(final Object command, final String... args) {
        final CommandLine commandLine = new CommandLine(command);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(CommandLines::onParameterError);
        commandLine.setExecutionExceptionHandler(CommandLines::onExecutionError);
        return commandLine.execute(args);
    }

    private static int onParameterError(final CommandLine.ParameterException e, final String[] args) {
        final CommandLine commandLine = e.getCommandLine();
        final PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int onExecutionError(
            final Exception e, final CommandLine commandLine, final CommandLine.ParseResult parseResult) {
        final PrintWriter err = commandLine.getErr();
        final UserException userError = findUserException(e);
        if (userError != null) {
            // One line per problem (a configuration can have several), each naming the command.
            for (final String line : userError.getMessage().split("\n")) {
                err.println(commandLine.getCommandSpec().qualifiedName() + ": " + line);
            }
            err.flush();
            return userError.exitCode();
        }
        // a refusal the component did not explain itself: still one line, without the user it had no way to name
        final Optional<UserException> refused = AccessErrors.explain(e, Map.of());
        if (refused.isPresent()) {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + refused.get().getMessage());
            err.flush();
            return refused.get().exitCode();
        }
        err.println(commandLine.getCommandSpec().qualifiedName() + ": unexpected failure: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static UserException findUserException(final Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserException) {
                return (UserException) t;
            }
        }
        return null;
    }
}
