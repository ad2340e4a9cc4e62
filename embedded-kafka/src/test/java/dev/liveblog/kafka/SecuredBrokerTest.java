package dev.liveblog.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker secured with TLS, SASL/SCRAM-SHA-512 and the StandardAuthorizer, on a real KRaft node. */
class SecuredBrokerTest {

    @Test
    void shouldAdmitItsUsersOnlyWithTheirPasswordsAndKeepThemAcrossRestarts(@TempDir final Path dir)
            throws Exception {
        final Map<String, String> admin;
        final Map<String, String> reader;
        // given a secured broker with a persistent data directory
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dir).saslSsl(List.of("reader"))
                .start()) {
            admin = broker.clientProperties("admin");
            reader = broker.clientProperties("reader");
            assertEquals(List.of("admin", "reader"), broker.users());
            assertNotEquals(admin.get("sasl.jaas.config").replace("admin", ""),
                    reader.get("sasl.jaas.config").replace("reader", ""), "each user has a password of its own");

            // when the admin, a super user, creates a topic, then then the reader (no ACL) lists topics
            try (Admin client = Admin.create(new HashMap<>(admin))) {
                client.createTopics(Set.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            try (Admin client = Admin.create(new HashMap<>(reader))) {
                // then the reader logs in but sees nothing, and is refused what it may not do
                assertEquals(Set.of(), client.listTopics().names().get());
                final ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> client.createTopics(Set.of(new NewTopic("other", 1, (short) 1))).all().get());
                assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
            }
        }
        assertTrue(Files.readString(dir.resolve("security").resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE"));

        // when the broker restarts on the same directory
        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.builder().dataDir(dir).saslSsl(List.of("reader"))
                .start()) {
            // then the passwords and truststore written before still work, and a wrong password does not
            assertEquals(admin.get("sasl.jaas.config"), restarted.clientProperties("admin").get("sasl.jaas.config"));
            final Map<String, Object> again = new HashMap<>(admin);
            again.put("bootstrap.servers", restarted.bootstrapServers());
            try (Admin client = Admin.create(again)) {
                assertEquals(Set.of("kept"), client.listTopics().names().get());
            }
            final Map<String, Object> wrong = new HashMap<>(again);
            wrong.put("sasl.jaas.config", admin.get("sasl.jaas.config").replaceAll("password=\"[^\"]*\"",
                    "password=\"wrong\""));
            try (Admin client = Admin.create(wrong)) {
                final ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> client.listTopics().names().get());
                assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
            }
        }
    }
}
