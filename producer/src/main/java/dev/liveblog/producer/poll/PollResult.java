package dev.liveblog.producer.poll;

/**
 * What one poll of a blog came to.
 *
 * @param outcome what happened
 * @param added   updates sent for the first time
 * @param edited  updates sent again with a new text
 * @param problem the one-line error of a failed poll, else null
 */
public record PollResult(Outcome outcome, int added, int edited, String problem) {

    /** How a poll ended. */
    public enum Outcome {
        /** New or edited updates were sent. */
        SENT,
        /** The source was read and nothing in it changed. */
        UNCHANGED,
        /** The server answered 304 Not Modified (or a watched directory had no new file). */
        NOT_MODIFIED,
        /** The source could not be fetched or read; the problem says why. */
        FAILED
    }

    static PollResult failed(final String problem) {
        return new PollResult(Outcome.FAILED, 0, 0, problem);
    }

    /** One line for the log. */
    public String describe() {
        return switch (outcome) {
            case SENT -> added + " new and " + edited + " edited update(s) sent";
            case UNCHANGED -> "unchanged";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> problem;
        };
    }
}
