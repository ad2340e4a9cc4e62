package dev.liveblog.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.junit.jupiter.api.Test;

class AccessErrorsTest {

    private static final Map<String, Object> PRODUCER = Map.of(
            "bootstrap.servers", "broker:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\"producer\" password=\"secret\";");

    @Test
    void shouldNameTheUserTheMechanismAndTheServersOfARefusedLogin() {
        // given the refusal as an admin client's future reports it
        final Throwable error = new ExecutionException(new SaslAuthenticationException(
                "Authentication failed during authentication due to invalid credentials with SASL mechanism "
                        + "SCRAM-SHA-512"));

        // when it is explained
        final UserException explained = AccessErrors.explain(error, PRODUCER).orElseThrow();

        // then one line says who could not log in where, and what to check; never the password
        assertEquals(ExitCodes.AUTHENTICATION_FAILED, explained.exitCode());
        assertEquals("authentication failed for user 'producer' (SASL/SCRAM-SHA-512) at broker:9093: Authentication "
                + "failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512; check "
                + "the user name and password in sasl.jaas.config, and sasl.mechanism", explained.getMessage());
        assertFalse(explained.getMessage().contains("secret"));
    }

    @Test
    void shouldNameTheTlsCauseOfAFailedHandshake() {
        final Throwable error = new SslAuthenticationException("SSL handshake failed",
                new SSLHandshakeException("PKIX path building failed"));

        final UserException explained = AccessErrors.explain(error, PRODUCER).orElseThrow();

        assertEquals(ExitCodes.AUTHENTICATION_FAILED, explained.exitCode());
        assertTrue(explained.getMessage().startsWith(
                "TLS handshake with the broker at broker:9093 failed (PKIX path building failed); check that "
                        + "ssl.truststore.location holds the broker's CA certificate"), explained.getMessage());
    }

    @Test
    void shouldNameTheTopicsTheAccessAndTheUserOfAMissingTopicAcl() {
        // given a refused write wrapped twice, as a serialiser or Kafka Streams reports it
        final Throwable error = new KafkaException("cannot send",
                new ExecutionException(new TopicAuthorizationException(Set.of("liveblog.entries.raw"))));

        final UserException explained = AccessErrors.explain(error, PRODUCER, AccessErrors.TopicAccess.WRITE)
                .orElseThrow();

        assertEquals(ExitCodes.NOT_AUTHORIZED, explained.exitCode());
        assertEquals("not authorized to write to topic liveblog.entries.raw as user 'producer': " + AccessErrors.SEE_ACLS,
                explained.getMessage());
    }

    @Test
    void shouldNameGroupsTransactionalIdsAndClusterOperations() {
        assertEquals("not authorized to use consumer group liveblog-consumer as user 'producer': "
                        + AccessErrors.SEE_ACLS,
                AccessErrors.explain(new GroupAuthorizationException("Not authorized", "liveblog-consumer"), PRODUCER)
                        .orElseThrow().getMessage());
        final UserException transactional = AccessErrors.explain(
                new KafkaException(new TransactionalIdAuthorizationException("Transactional Id authorization failed.")),
                PRODUCER).orElseThrow();
        assertEquals(ExitCodes.NOT_AUTHORIZED, transactional.exitCode());
        assertEquals("not authorized to use a transactional id as user 'producer' (Transactional Id authorization "
                + "failed): " + AccessErrors.SEE_ACLS, transactional.getMessage());
        assertEquals(ExitCodes.NOT_AUTHORIZED, AccessErrors.explain(
                new ClusterAuthorizationException("Cluster authorization failed."), Map.of()).orElseThrow().exitCode());
    }

    @Test
    void shouldLeaveOtherFailuresAlone() {
        assertEquals(Optional.empty(), AccessErrors.explain(new TimeoutException("no answer"), PRODUCER));
        assertEquals(Optional.empty(), AccessErrors.explain(new IllegalStateException("bug"), PRODUCER));
        assertEquals(Optional.empty(), AccessErrors.explain(new RuntimeException(
                new UserException(ExitCodes.BAD_INPUT, "bad line")), PRODUCER));
    }

    @Test
    void shouldTellAPlaintextClientWhatToSet() {
        final UserException explained = AccessErrors.plaintextToTls(Map.of("bootstrap.servers", "broker:9093"),
                "broker:9093");

        assertEquals(ExitCodes.AUTHENTICATION_FAILED, explained.exitCode());
        assertTrue(explained.getMessage().startsWith("the broker at broker:9093 speaks TLS; this client uses "
                + "PLAINTEXT: set security.protocol=SASL_SSL"), explained.getMessage());
    }

    @Test
    void shouldNotNameAUserWhenTheClientHasNoLogin() {
        assertEquals("not authorized to read topic t: " + AccessErrors.SEE_ACLS, AccessErrors.explain(
                new TopicAuthorizationException(Set.of("t")), Map.of(), AccessErrors.TopicAccess.READ)
                .orElseThrow().getMessage());
    }
}
