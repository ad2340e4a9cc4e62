package dev.liveblog.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The secured broker's own certificate authority and its certificate, made in-process (no network, no
 * {@code keytool} processes). The authority is kept in the data directory, so the truststore clients were given
 * stays valid across restarts; the broker's certificate is issued anew at each start for the host it advertises.
 */
final class Certificates {

    /** The broker's subject; its TLS principal on the controller listener, hence a super user. */
    static final String BROKER_SUBJECT = "CN=liveblog-broker";
    private static final String CA_SUBJECT = "CN=liveblog-ca";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String STORE_TYPE = "PKCS12";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    /** The authority stored at {@code caStore}, made (and stored) when the file does not exist yet. */
    static KeyStore.PrivateKeyEntry loadOrCreateAuthority(final Path caStore, final char[] password) {
        if (Files.exists(caStore)) {
            final KeyStore store = load(caStore, password);
            try {
                return (KeyStore.PrivateKeyEntry) store.getEntry("ca", new KeyStore.PasswordProtection(password));
            } catch (final GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the certificate authority in " + caStore, e);
            }
        }
        final KeyPair keys = newKeyPair();
        final X500Name subject = new X500Name(CA_SUBJECT);
        final X509v3CertificateBuilder builder = builder(subject, subject, keys, Duration.ofDays(3650));
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (final CertIOException e) {
            throw new IllegalStateException("cannot build the certificate authority", e);
        }
        final X509Certificate certificate = sign(builder, keys.getPrivate());
        final KeyStore.PrivateKeyEntry entry =
                new KeyStore.PrivateKeyEntry(keys.getPrivate(), new Certificate[] {certificate});
        final KeyStore store = empty();
        try {
            store.setEntry("ca", entry, new KeyStore.PasswordProtection(password));
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the certificate authority", e);
        }
        save(store, caStore, password);
        return entry;
    }

    /**
     * Issues the broker's certificate for {@code host} (and {@code localhost}, where the controller listens),
     * usable by either end of a TLS connection, and writes it with its key to a PKCS12 keystore.
     */
    static void writeBrokerKeystore(final KeyStore.PrivateKeyEntry authority, final String host, final Path keystore,
                                    final char[] password) {
        final KeyPair keys = newKeyPair();
        final X509Certificate ca = (X509Certificate) authority.getCertificate();
        final X509v3CertificateBuilder builder = builder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), new X500Name(BROKER_SUBJECT),
                keys, Duration.ofDays(825));
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(host));
        } catch (final CertIOException e) {
            throw new IllegalStateException("cannot build the broker's certificate", e);
        }
        final X509Certificate certificate = sign(builder, authority.getPrivateKey());
        final KeyStore store = empty();
        try {
            store.setKeyEntry("broker", keys.getPrivate(), password, new Certificate[] {certificate, ca});
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the broker's certificate", e);
        }
        save(store, keystore, password);
    }

    /** A truststore holding only the authority's certificate: what clients need to trust the broker. */
    static void writeTruststore(final KeyStore.PrivateKeyEntry authority, final Path truststore,
                                final char[] password) {
        final KeyStore store = empty();
        try {
            store.setCertificateEntry("liveblog-ca", authority.getCertificate());
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the authority's certificate", e);
        }
        save(store, truststore, password);
    }

    /** The authority's certificate in PEM, for clients that do not read Java keystores (kcat, Python). */
    static void writePem(final KeyStore.PrivateKeyEntry authority, final Path pem) {
        try {
            final String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(authority.getCertificate().getEncoded());
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n",
                    StandardCharsets.US_ASCII);
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the authority's certificate", e);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + pem, e);
        }
    }

    private static GeneralNames alternativeNames(final String host) {
        final Set<String> names = new LinkedHashSet<>(List.of("localhost", host.toLowerCase(Locale.ROOT)));
        final List<GeneralName> general = new ArrayList<>();
        for (final String name : names) {
            general.add(new GeneralName(isAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        general.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    private static boolean isAddress(final String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }

    private static X509v3CertificateBuilder builder(final X500Name issuer, final X500Name subject, final KeyPair keys,
                                                    final Duration validity) {
        // a little in the past, so that a clock a few minutes behind still accepts a certificate made just now
        final Instant from = Instant.now().minus(Duration.ofHours(1));
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs(), Date.from(from),
                Date.from(from.plus(validity)), subject, keys.getPublic());
    }

    private static X509Certificate sign(final X509v3CertificateBuilder builder, final PrivateKey key) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
        } catch (final OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256, RANDOM);
            return generator.generateKeyPair();
        } catch (final GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a key pair", e);
        }
    }

    private static KeyStore empty() {
        try {
            final KeyStore store = KeyStore.getInstance(STORE_TYPE);
            store.load(null, null);
            return store;
        } catch (final GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create a keystore", e);
        }
    }

    private static KeyStore load(final Path file, final char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            final KeyStore store = KeyStore.getInstance(STORE_TYPE);
            store.load(in, password);
            return store;
        } catch (final GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read keystore " + file, e);
        }
    }

    private static void save(final KeyStore store, final Path file, final char[] password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        } catch (final GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write keystore " + file, e);
        }
    }
}
