package dev.liveblog.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterLayoutTest {

    private final ClusterLayout three = new ClusterLayout("cluster-id", "kafka.local", 9092, 3);

    @Test
    void shouldPutClientsOnConsecutivePortsAndControllersOnThePortsAfterThem() {
        assertEquals(9092, three.clientPort(1));
        assertEquals(9094, three.clientPort(3));
        assertEquals(9095, three.controllerPort(1));
        assertEquals(9097, three.controllerPort(3));
        assertEquals("kafka.local:9092,kafka.local:9093,kafka.local:9094", three.bootstrapServers());
    }

    @Test
    void shouldMakeEachNodeAVoterAndReplicateToThreeWithTwoInSync() {
        final Map<String, String> node2 = three.brokerProperties(2);
        assertEquals("2", node2.get("node.id"));
        assertEquals("1@localhost:9095,2@localhost:9096,3@localhost:9097", node2.get("controller.quorum.voters"));
        assertEquals("PLAINTEXT://:9093,CONTROLLER://localhost:9096", node2.get("listeners"));
        assertEquals("PLAINTEXT://kafka.local:9093", node2.get("advertised.listeners"));
        for (final String key : new String[] {"default.replication.factor", "offsets.topic.replication.factor",
            "transaction.state.log.replication.factor", "share.coordinator.state.topic.replication.factor"}) {
            assertEquals("3", node2.get(key), key);
        }
        for (final String key : new String[] {"min.insync.replicas", "transaction.state.log.min.isr",
            "share.coordinator.state.topic.min.isr"}) {
            assertEquals("2", node2.get(key), key);
        }
    }

    @Test
    void shouldReplicateToEveryNodeOfASmallerClusterWithOneInSync() {
        final ClusterLayout two = new ClusterLayout("id", "localhost", 9092, 2);
        assertEquals(2, two.replicationFactor());
        assertEquals(1, two.minInsyncReplicas());
        assertEquals(3, new ClusterLayout("id", "localhost", 9092, 5).replicationFactor());
    }

    @Test
    void shouldReadBackWhatItWrote(@TempDir final Path dir) {
        three.write(dir);
        assertTrue(Files.isRegularFile(dir.resolve(ClusterLayout.FILE)));
        assertEquals(three, ClusterLayout.read(dir));
        assertEquals(dir.resolve("node-2"), three.nodeDir(dir, 2));
    }

    @Test
    void shouldNameTheDirectoryOrFileItCannotRead(@TempDir final Path dir) throws Exception {
        final IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ClusterLayout.read(dir));
        assertEquals(dir + " holds no cluster (no cluster.properties): make one with --nodes first",
                missing.getMessage());
        Files.writeString(dir.resolve(ClusterLayout.FILE), "cluster.id=x\nhost=h\nfirst.port=ten\nnodes=3\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterLayout.read(dir)).getMessage()
                .startsWith(dir.resolve(ClusterLayout.FILE) + ": first.port and nodes must be numbers"));
    }

    @Test
    void shouldRefuseNodesOutsideTheClusterAndPortsBeyondTheRange() {
        assertThrows(IllegalArgumentException.class, () -> three.clientPort(4));
        assertThrows(IllegalArgumentException.class, () -> three.brokerProperties(0));
        assertThrows(IllegalArgumentException.class, () -> new ClusterLayout("id", "h", 65_533, 3));
        assertThrows(IllegalArgumentException.class, () -> new ClusterLayout("id", "h", 9092, 0));
    }
}
