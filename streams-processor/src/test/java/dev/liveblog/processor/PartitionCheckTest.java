package dev.liveblog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartitionCheckTest {

    @Test
    void shouldAcceptAFirstStartAndAnUnchangedCount() {
        assertEquals(Optional.empty(), PartitionCheck.problem("app", "raw", 6, Optional.empty()));
        assertEquals(Optional.empty(), PartitionCheck.problem("app", "raw", 6, Optional.of(6)));
    }

    @Test
    void shouldRefuseARawTopicWithMorePartitionsThanTheState() {
        // when the raw topic grew from 3 to 6 partitions under existing state
        final Optional<String> problem = PartitionCheck.problem("app", "raw", 6, Optional.of(3));

        // then one line names the topic, both counts, the application and the way out
        assertTrue(problem.isPresent());
        assertEquals("topic raw has 6 partition(s) but the state of application app was built with 3; blogs would "
                + "move away from their state. Keep 3 partition(s), or re-partition with a new application.id and "
                + "reprocess (README, 'Changing the number of partitions')", problem.get());
    }
}
