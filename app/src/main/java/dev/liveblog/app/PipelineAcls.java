package dev.liveblog.app;

import dev.liveblog.common.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The least each component needs on a cluster with ACLs, found by running each with nothing else. Granted by
 * {@code liveblog broker --security sasl-ssl}, and printed as {@code kafka-acls.sh} commands for the README, so that
 * what is documented is what the tests prove enough.
 *
 * <p>Read and Write imply Describe in Kafka, so Describe is never granted on its own. An idempotent producer needs
 * no IdempotentWrite on the cluster since Kafka 3.0 (KIP-679): Write on any topic suffices.
 */
public final class PipelineAcls {

    /** The SCRAM users of the three components, besides {@code admin}. */
    public static final String PRODUCER = "producer";
    public static final String PROCESSOR = "processor";
    public static final String CONSUMER = "consumer";
    public static final List<String> USERS = List.of(PRODUCER, PROCESSOR, CONSUMER);

    /** One ACL line: a user may do {@code operations} on a resource. */
    public record Grant(String user, ResourceType type, String name, PatternType pattern,
                        List<AclOperation> operations) {

        List<AclBinding> bindings() {
            return operations.stream().map(op -> new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW))).toList();
        }

        /** The same grant as an operator pastes it; {@code $BOOTSTRAP} and admin.properties are the operator's. */
        public String command() {
            final StringBuilder line = new StringBuilder(
                    "kafka-acls.sh --bootstrap-server $BOOTSTRAP --command-config admin.properties --add "
                            + "--allow-principal User:" + user);
            operations.forEach(op -> line.append(" --operation ").append(operationName(op)));
            line.append(switch (type) {
                case TOPIC -> " --topic ";
                case GROUP -> " --group ";
                case TRANSACTIONAL_ID -> " --transactional-id ";
                default -> throw new IllegalStateException("no grant on " + type);
            }).append(name);
            if (pattern == PatternType.PREFIXED) {
                line.append(" --resource-pattern-type prefixed");
            }
            return line.toString();
        }
    }

    private PipelineAcls() {
    }

    /** Every grant, for topics named as in {@code topics}, the processor's application id and the consumer's group. */
    public static List<Grant> grants(final Topics topics, final String applicationId, final String consumerGroup) {
        final List<Grant> grants = new ArrayList<>();
        // producer: its entries to the raw topic, its writer schema to the schemas topic; it decodes nothing, so it
        // never reads the schemas topic
        grants.add(topic(PRODUCER, topics.raw().name(), AclOperation.WRITE));
        grants.add(topic(PRODUCER, topics.schemas().name(), AclOperation.WRITE));
        // processor: raw entries and reference data in; its four outputs and its writer schemas out
        grants.add(topic(PROCESSOR, topics.raw().name(), AclOperation.READ));
        grants.add(topic(PROCESSOR, topics.referenceEntities().name(), AclOperation.READ));
        for (final String output : List.of(topics.canonical().name(), topics.filtered().name(), topics.quotes().name(),
                topics.deadLetter().name())) {
            grants.add(topic(PROCESSOR, output, AclOperation.WRITE));
        }
        // its writer schemas out; the schemas of writers newer than this build in (read on meeting one)
        grants.add(topic(PROCESSOR, topics.schemas().name(), AclOperation.READ, AclOperation.WRITE));
        // Kafka Streams names its internal topics (changelogs, repartitions), its group and its transactional ids
        // after the application id
        grants.add(new Grant(PROCESSOR, ResourceType.TOPIC, applicationId, PatternType.PREFIXED,
                List.of(AclOperation.ALL)));
        grants.add(new Grant(PROCESSOR, ResourceType.GROUP, applicationId, PatternType.PREFIXED,
                List.of(AclOperation.ALL)));
        grants.add(new Grant(PROCESSOR, ResourceType.TRANSACTIONAL_ID, applicationId, PatternType.PREFIXED,
                List.of(AclOperation.WRITE)));
        // consumer: the three streams it writes to files, the schemas of newer writers; undecodable records to the
        // dead-letter topic
        for (final String stream : List.of(topics.canonical().name(), topics.filtered().name(),
                topics.quotes().name(), topics.schemas().name())) {
            grants.add(topic(CONSUMER, stream, AclOperation.READ));
        }
        grants.add(topic(CONSUMER, topics.deadLetter().name(), AclOperation.WRITE));
        grants.add(new Grant(CONSUMER, ResourceType.GROUP, consumerGroup, PatternType.LITERAL,
                List.of(AclOperation.READ)));
        return grants;
    }

    public static List<AclBinding> bindings(final List<Grant> grants) {
        return grants.stream().flatMap(g -> g.bindings().stream()).toList();
    }

    private static Grant topic(final String user, final String name, final AclOperation... operations) {
        return new Grant(user, ResourceType.TOPIC, name, PatternType.LITERAL, List.of(operations));
    }

    /** Kafka's spelling on the command line: {@code Write}, {@code IdempotentWrite}, {@code All}. */
    private static String operationName(final AclOperation operation) {
        final StringBuilder name = new StringBuilder();
        for (final String part : operation.name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
