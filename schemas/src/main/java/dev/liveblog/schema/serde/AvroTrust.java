package dev.liveblog.schema.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes outside trusted packages. Our own generated packages (the
 * public contract and the processor's internal state) are added to whatever the JVM already trusts, once, so
 * that no user has to set a system property to read our topics.
 */
public final class AvroTrust {

    static final String GENERATED_PACKAGE_PREFIX = "dev.liveblog.";

    private static boolean installed;

    private AvroTrust() {
    }

    /** Trusts the generated package (idempotent); call before reading our classes with plain Avro readers. */
    public static synchronized void trustGeneratedClasses() {
        if (installed) {
            return;
        }
        final ClassSecurityValidator.ClassSecurityPredicate ours =
                type -> type.getName().startsWith(GENERATED_PACKAGE_PREFIX);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
