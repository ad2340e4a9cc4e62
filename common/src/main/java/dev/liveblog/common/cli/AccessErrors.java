package dev.liveblog.common.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;

/**
 * Turns Kafka's security refusals into the one line an operator reads and searches for, with its exit code:
 * {@link ExitCodes#AUTHENTICATION_FAILED} when the client could not log in or complete the TLS handshake,
 * {@link ExitCodes#NOT_AUTHORIZED} when an ACL is missing. The refusal is looked for along the cause chain, since
 * clients report it wrapped (in an {@code ExecutionException}, a {@code StreamsException}, a
 * {@code KafkaException}, a serialiser's exception). Only the exception types come from Kafka; the rest is words.
 */
public final class AccessErrors {

    /** What the client was doing with a topic when it was refused, for the message. */
    public enum TopicAccess {
        READ("read"), WRITE("write to"), DESCRIBE("describe"), USE("use");

        private final String verb;

        TopicAccess(final String verb) {
            this.verb = verb;
        }
    }

    /** Where the reader finds the ACLs of each component. */
    static final String SEE_ACLS = "an ACL is missing (README, 'Security', lists each component's ACLs)";

    private static final Pattern USERNAME = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"");

    private AccessErrors() {
    }

    /** As {@link #explain(Throwable, Map, TopicAccess)}, for a client whose use of topics is not known. */
    public static Optional<UserException> explain(final Throwable error, final Map<String, ?> clientProperties) {
        return explain(error, clientProperties, TopicAccess.USE);
    }

    /**
     * The one-line explanation of a security refusal found in {@code error} or its causes, or empty when there is
     * none. {@code clientProperties} (the client's Kafka properties; may be empty) name the servers, the user and
     * the mechanism.
     */
    public static Optional<UserException> explain(final Throwable error, final Map<String, ?> clientProperties,
                                                  final TopicAccess access) {
        final Client client = Client.of(clientProperties);
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            final String message = explainOne(cause, client, access);
            if (message != null) {
                return Optional.of(new UserException(exitCode(cause), message, error));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The line for a client that speaks plaintext to a port that answers with TLS: no Kafka error says so, the
     * connection just closes, so {@code TopicAdmin} probes the port after the first part of its wait.
     */
    public static UserException plaintextToTls(final Map<String, ?> clientProperties, final String server) {
        final Client client = Client.of(clientProperties);
        return new UserException(ExitCodes.AUTHENTICATION_FAILED, "the broker at " + server + " speaks TLS; this "
                + "client uses " + client.protocol + ": set security.protocol=SASL_SSL (or SSL) with "
                + "ssl.truststore.location, sasl.mechanism and sasl.jaas.config, as in the files "
                + "'liveblog broker --security sasl-ssl --out-config DIR' writes");
    }

    private static String explainOne(final Throwable cause, final Client client, final TopicAccess access) {
        if (cause instanceof SaslAuthenticationException) {
            return "authentication failed for user " + client.user() + " (SASL/" + client.mechanism + ") at "
                    + client.servers + ": " + stripPeriod(cause.getMessage())
                    + "; check the user name and password in sasl.jaas.config, and sasl.mechanism";
        }
        if (cause instanceof SslAuthenticationException) {
            return "TLS handshake with the broker at " + client.servers + " failed (" + rootMessage(cause)
                    + "); check that ssl.truststore.location holds the broker's CA certificate and that the host name"
                    + " is one its certificate names";
        }
        if (cause instanceof TopicAuthorizationException topics) {
            final Collection<String> names = new TreeSet<>(topics.unauthorizedTopics());
            final String what = names.isEmpty() ? "a topic (" + stripPeriod(cause.getMessage()) + ")"
                    : (names.size() == 1 ? "topic " : "topics ") + String.join(", ", names);
            return "not authorized to " + access.verb + " " + what + client.asUser() + ": " + SEE_ACLS;
        }
        if (cause instanceof GroupAuthorizationException group) {
            final String what = group.groupId() == null ? "its consumer group (" + stripPeriod(cause.getMessage()) + ")"
                    : "consumer group " + group.groupId();
            return "not authorized to use " + what + client.asUser() + ": " + SEE_ACLS;
        }
        if (cause instanceof TransactionalIdAuthorizationException) {
            return "not authorized to use a transactional id" + client.asUser() + " ("
                    + stripPeriod(cause.getMessage()) + "): " + SEE_ACLS;
        }
        if (cause instanceof ClusterAuthorizationException) {
            return "not authorized for a cluster operation" + client.asUser() + " ("
                    + stripPeriod(cause.getMessage()) + "): " + SEE_ACLS;
        }
        return null;
    }

    private static int exitCode(final Throwable cause) {
        return cause instanceof SaslAuthenticationException || cause instanceof SslAuthenticationException
                ? ExitCodes.AUTHENTICATION_FAILED : ExitCodes.NOT_AUTHORIZED;
    }

    private static String rootMessage(final Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return stripPeriod(String.valueOf(root.getMessage()));
    }

    private static String stripPeriod(final String message) {
        final String text = message == null ? "" : message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The parts of a client's configuration a message names. */
    private record Client(String servers, String protocol, String mechanism, String username) {

        static Client of(final Map<String, ?> props) {
            final String jaas = String.valueOf(props.get("sasl.jaas.config"));
            final Matcher user = USERNAME.matcher(jaas);
            return new Client(value(props, "bootstrap.servers", "the configured servers"),
                    value(props, "security.protocol", "PLAINTEXT").toUpperCase(Locale.ROOT),
                    value(props, "sasl.mechanism", "GSSAPI").toUpperCase(Locale.ROOT),
                    user.find() ? user.group(1) : null);
        }

        String user() {
            return username == null ? "(none in sasl.jaas.config)" : "'" + username + "'";
        }

        String asUser() {
            return username == null ? "" : " as user '" + username + "'";
        }

        private static String value(final Map<String, ?> props, final String key, final String absent) {
            final Object value = props.get(key);
            return value == null || String.valueOf(value).isBlank() ? absent : String.valueOf(value).strip();
        }
    }
}
