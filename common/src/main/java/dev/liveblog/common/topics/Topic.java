package dev.liveblog.common.topics;

import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the pipeline's contract: its name (configurable), the serdes of its key and value, and the
 * cleanup policy it is created with.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, CleanupPolicy cleanupPolicy,
                          String description) {

    /** How the broker keeps a topic's records. */
    public enum CleanupPolicy {
        /** Records expire by time (the broker's retention). */
        DELETE("delete"),
        /** The latest record per key is kept forever: an upsert table. */
        COMPACT("compact");

        private final String configValue;

        CleanupPolicy(final String configValue) {
            this.configValue = configValue;
        }

        public String configValue() {
            return configValue;
        }
    }
}
