package dev.liveblog.common.topics;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Asks a server whether it speaks TLS, by starting a handshake that trusts any certificate and sends nothing else.
 * A plaintext Kafka client that reaches a TLS port gets no error, only closed connections, until its wait runs out;
 * this tells the operator why. The probe proves nothing about the server's identity and carries no data.
 */
final class TlsProbe {

    private TlsProbe() {
    }

    /** The first of {@code bootstrapServers} (host:port, comma-separated) that completes a TLS handshake. */
    static Optional<String> firstTlsServer(final String bootstrapServers, final Duration timeout) {
        for (final String server : bootstrapServers.split(",")) {
            final String address = server.strip();
            final int colon = address.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            try {
                final int port = Integer.parseInt(address.substring(colon + 1));
                if (speaksTls(address.substring(0, colon), port, timeout)) {
                    return Optional.of(address);
                }
            } catch (final NumberFormatException e) {
                // not an address a Kafka client would use either
            }
        }
        return Optional.empty();
    }

    static boolean speaksTls(final String host, final int port, final Duration timeout) {
        final int millis = (int) timeout.toMillis();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), millis);
            plain.setSoTimeout(millis);
            try (SSLSocket tls = (SSLSocket) trustingAnyone().getSocketFactory()
                    .createSocket(plain, host, port, false)) {
                tls.startHandshake();
                return true;
            }
        } catch (final IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private static SSLContext trustingAnyone() throws GeneralSecurityException {
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(final X509Certificate[] chain, final String authType) {
                // a probe, not a connection: nothing is sent after the handshake
            }

            @Override
            public void checkServerTrusted(final X509Certificate[] chain, final String authType) {
                // a probe, not a connection: nothing is sent after the handshake
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
