package dev.liveblog.processor.state;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB options of the processor's stores ({@code rocksdb.config.setter}): Kafka Streams' own, except that the
 * largest sorted run keeps its Bloom filter. Kafka Streams leaves it out ({@code optimize_filters_for_hits}), which
 * suits stores read for keys they hold; most of this processor's reads ask for keys a store does not hold (a new
 * item's last version, a version floor, a quotation's trigrams), and without the filter each such read searches
 * the run's index and a data block. The filter costs about ten bits a key.
 */
public final class StoreOptions implements RocksDBConfigSetter {

    @Override
    public void setConfig(final String storeName, final Options options, final Map<String, Object> configs) {
        options.setOptimizeFiltersForHits(false);
    }

    @Override
    public void close(final String storeName, final Options options) {
        // nothing of its own to close: the options and the filter are Kafka Streams'
    }
}
