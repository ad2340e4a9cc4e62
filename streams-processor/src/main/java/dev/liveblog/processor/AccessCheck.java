package dev.liveblog.processor;

import dev.liveblog.common.topics.TopicAdmin;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Asks the cluster, before Kafka Streams starts, whether the processor's user may use the group and the
 * transactional ids named after its application id. Refused there, Kafka Streams would stop its thread with its own
 * error and stack trace in the log; refused here, the operator gets one line naming the missing ACL. Only a refusal
 * counts: a group or transactional id that does not exist yet, or a cluster that does not answer, is left to
 * Kafka Streams.
 */
final class AccessCheck {

    /** A transactional id that is never used: describing it needs the same prefixed ACL as the real ones. */
    static final String PROBE_SUFFIX = "-access-check";

    private static final long CHECK_WAIT_MILLIS = 10_000;

    private AccessCheck() {
    }

    static void verify(final TopicAdmin admin, final String applicationId, final String processingGuarantee) {
        // a check, not the processor's wait for the cluster: it gives up early and leaves the rest to Kafka Streams
        final long millis = Math.min(admin.timeout().toMillis(), CHECK_WAIT_MILLIS);
        try {
            admin.admin().describeConsumerGroups(List.of(applicationId)).describedGroups().get(applicationId)
                    .get(millis, TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof GroupAuthorizationException) {
                throw admin.refusal(e).orElseThrow();
            }
        } catch (final TimeoutException e) {
            return;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee)) {
            return;
        }
        final String probe = applicationId + PROBE_SUFFIX;
        try {
            admin.admin().describeTransactions(List.of(probe)).description(probe).get(millis, TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof TransactionalIdAuthorizationException) {
                // the refusal does not name the ids; the prefix the ACL must cover is what the operator needs
                throw admin.refusal(new TransactionalIdAuthorizationException("transactional ids " + applicationId
                        + "-*")).orElseThrow();
            }
        } catch (final TimeoutException e) {
            // left to Kafka Streams
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
