package dev.liveblog.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a broker secured with SASL_SSL keeps in its data directory ({@code security/}): a random password per SCRAM
 * user and per keystore, the certificate authority, the broker's keystore and the clients' truststore. Nothing is
 * hard-coded: a new data directory gets new passwords, and a restart on the same directory reuses them, so the
 * client properties written at the first start keep working.
 */
final class BrokerSecurity {

    /** The SCRAM mechanism of every user; the stronger of the two Kafka offers. */
    static final String MECHANISM = "SCRAM-SHA-512";
    /** The user the broker itself logs in as, and the only super user besides the broker's certificate. */
    static final String ADMIN = "admin";
    private static final String STORE_PASSWORD_KEY = "keystore.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Map<String, String> passwords;
    private final String storePassword;

    private BrokerSecurity(final Path dir, final Map<String, String> passwords, final String storePassword) {
        this.dir = dir;
        this.passwords = passwords;
        this.storePassword = storePassword;
    }

    /**
     * The security material of the data directory {@code dataDir}, made for {@code users} (admin included) when the
     * directory has none, and the broker's certificate issued for {@code host}.
     */
    static BrokerSecurity prepare(final Path dataDir, final List<String> users, final String host,
                                  final boolean formatted) {
        final Path dir = dataDir.resolve("security");
        final Path credentials = dir.resolve("credentials.properties");
        if (formatted && !Files.exists(credentials)) {
            throw new IllegalStateException("the broker data in " + dataDir + " was made without security, so it "
                    + "holds no SCRAM users; start the secured broker on a new data directory");
        }
        final BrokerSecurity security = Files.exists(credentials) ? read(dir, credentials) : create(dir, users);
        final List<String> unknown = users.stream().filter(u -> !security.passwords.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the broker data in " + dataDir + " has no SCRAM credentials for "
                    + unknown + " (users are made when the data directory is first formatted)");
        }
        final char[] password = security.storePassword.toCharArray();
        final KeyStore.PrivateKeyEntry authority = Certificates.loadOrCreateAuthority(dir.resolve("ca.p12"), password);
        Certificates.writeBrokerKeystore(authority, host, security.keystore(), password);
        Certificates.writeTruststore(authority, security.truststore(), password);
        Certificates.writePem(authority, security.caPem());
        return security;
    }

    /** The broker's listener and authorisation settings for a client port and a controller port. */
    Map<String, String> brokerProperties(final String host, final int clientPort, final int controllerPort) {
        final Map<String, String> props = new LinkedHashMap<>();
        props.put("listeners", "SASL_SSL://:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "SASL_SSL://" + host + ":" + clientPort);
        // SCRAM cannot authenticate the controller listener (its credentials live in the metadata the controller
        // serves), so the broker proves itself there with its certificate: mutual TLS.
        props.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:SSL");
        props.put("listener.name.controller.ssl.client.auth", "required");
        props.put("inter.broker.listener.name", "SASL_SSL");
        props.put("sasl.enabled.mechanisms", MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.sasl_ssl." + MECHANISM.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                jaas(ADMIN));
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", keystore().toString());
        props.put("ssl.keystore.password", storePassword);
        props.put("ssl.key.password", storePassword);
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", truststore().toString());
        props.put("ssl.truststore.password", storePassword);
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", "User:" + ADMIN + ";User:" + Certificates.BROKER_SUBJECT);
        props.put("allow.everyone.if.no.acl.found", "false");
        return props;
    }

    /** The {@code --add-scram} arguments that seed every user's credentials when the storage is formatted. */
    List<String> formatArguments() {
        final List<String> args = new ArrayList<>();
        passwords.forEach((user, password) -> {
            args.add("--add-scram");
            args.add(MECHANISM + "=[name=" + user + ",password=" + password + "]");
        });
        return args;
    }

    /** What a client logging in as {@code user} needs besides {@code bootstrap.servers}. */
    Map<String, String> clientProperties(final String user) {
        if (!passwords.containsKey(user)) {
            throw new IllegalArgumentException("no such user on this broker: " + user);
        }
        final Map<String, String> props = new LinkedHashMap<>();
        props.put("security.protocol", "SASL_SSL");
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", jaas(user));
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", truststore().toAbsolutePath().toString());
        props.put("ssl.truststore.password", storePassword);
        return props;
    }

    List<String> users() {
        return List.copyOf(passwords.keySet());
    }

    Path caPem() {
        return dir.resolve("ca.pem");
    }

    private Path keystore() {
        return dir.resolve("broker.p12");
    }

    private Path truststore() {
        return dir.resolve("truststore.p12");
    }

    private String jaas(final String user) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + passwords.get(user) + "\";";
    }

    private static BrokerSecurity create(final Path dir, final List<String> users) {
        final Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, randomPassword());
        users.forEach(user -> passwords.putIfAbsent(user, randomPassword()));
        final String storePassword = randomPassword();
        final Properties stored = new Properties();
        passwords.forEach((user, password) -> stored.setProperty("user." + user, password));
        stored.setProperty(STORE_PASSWORD_KEY, storePassword);
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            final Path file = dir.resolve("credentials.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                stored.store(out, "SCRAM passwords and keystore password of this broker; keep private");
            }
            restrict(file, "rw-------");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write the broker's credentials in " + dir, e);
        }
        return new BrokerSecurity(dir, passwords, storePassword);
    }

    private static BrokerSecurity read(final Path dir, final Path file) {
        final Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            stored.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read the broker's credentials in " + file, e);
        }
        final Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, stored.getProperty("user." + ADMIN));
        stored.stringPropertyNames().stream().filter(k -> k.startsWith("user.")).sorted()
                .forEach(k -> passwords.putIfAbsent(k.substring("user.".length()), stored.getProperty(k)));
        return new BrokerSecurity(dir, passwords, stored.getProperty(STORE_PASSWORD_KEY));
    }

    /** 144 random bits, URL-safe Base64: no character that JAAS or the format tool's syntax would need quoted. */
    private static String randomPassword() {
        final byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void restrict(final Path path, final String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
