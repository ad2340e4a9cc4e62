package dev.liveblog.processor.reset;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which topics of the cluster are a Streams application's internal topics: named {@code <application.id>-...} in
 * one of the forms Kafka Streams gives them (store changelogs, repartition topics, foreign-key join topics), as
 * Kafka's own reset tool finds them.
 *
 * <p>One rule more than Kafka's tool: a topic that also starts with the id of another application of the cluster
 * whose id extends this one ({@code liveblog-processor-v2-dedup-items-changelog} when resetting
 * {@code liveblog-processor}) belongs to that application. The README's side-by-side run uses exactly such an id,
 * and resetting the old application must not wipe the new one's state.
 */
final class InternalTopics {

    private InternalTopics() {
    }

    /** What a reset deletes, and the candidates it leaves to another application. */
    record Selection(List<String> ours, List<String> othersLeftAlone) {
    }

    /**
     * @param applicationId the application being reset
     * @param topics every topic of the cluster
     * @param groupIds every group of the cluster (an application's group id is its application id)
     * @param pipelineTopics the topics of the pipeline's contract (inputs, outputs, schemas): never internal,
     *                       however they are named
     */
    static Selection select(final String applicationId, final Collection<String> topics,
                            final Collection<String> groupIds, final Set<String> pipelineTopics) {
        final String prefix = applicationId + "-";
        final List<String> candidates = topics.stream()
                .filter(t -> t.startsWith(prefix) && isInternalForm(t) && !pipelineTopics.contains(t))
                .sorted()
                .toList();
        final List<String> longerIds = groupIds.stream()
                .filter(g -> !g.equals(applicationId) && g.startsWith(prefix))
                .toList();
        final List<String> others = candidates.stream()
                .filter(t -> longerIds.stream().anyMatch(g -> t.startsWith(g + "-")))
                .toList();
        return new Selection(candidates.stream().filter(t -> !others.contains(t)).toList(), others);
    }

    /** The names Kafka Streams gives the topics it creates (those its reset tool recognises). */
    static boolean isInternalForm(final String topic) {
        return topic.endsWith("-changelog") || topic.endsWith("-repartition")
                || topic.endsWith("-subscription-registration-topic")
                || topic.endsWith("-subscription-response-topic")
                || topic.matches(".+-KTABLE-FK-JOIN-SUBSCRIPTION-(REGISTRATION|RESPONSE)-\\d+-topic");
    }
}
