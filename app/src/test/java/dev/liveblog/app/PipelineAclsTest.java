package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;

/** The ACLs the README shows operators are exactly those the secured broker grants and SecuredPipelineIT proves. */
class PipelineAclsTest {

    private static final List<PipelineAcls.Grant> GRANTS = PipelineAcls.grants(Topics.from(Settings.of(Map.of())),
            LiveBlogProcessorConfig.DEFAULT_APPLICATION_ID, SecuredPipeline.CONSUMER_GROUP);

    @Test
    void shouldListEveryGrantInTheReadmeAsAKafkaAclsCommand() throws Exception {
        // given the README's security section
        final String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        // then it holds the grants, as commands in the same order, and no other kafka-acls.sh --add line
        final String commands = GRANTS.stream().map(PipelineAcls.Grant::command).collect(Collectors.joining("\n"));
        assertTrue(readme.contains(commands), "README should list, in one block:\n" + commands);
        assertEquals(GRANTS.size(), readme.lines().filter(l -> l.startsWith("kafka-acls.sh") && l.contains("--add"))
                .count());
    }

    @Test
    void shouldGrantNoUserMoreThanItsComponentNeeds() {
        // nothing on the cluster (idempotence needs Write on a topic since KIP-679), and All only on what
        // Kafka Streams names after the application id
        assertTrue(GRANTS.stream().noneMatch(g -> g.type() == org.apache.kafka.common.resource.ResourceType.CLUSTER));
        GRANTS.stream().filter(g -> g.operations().contains(AclOperation.ALL)).forEach(g -> {
            assertEquals(PipelineAcls.PROCESSOR, g.user());
            assertEquals(LiveBlogProcessorConfig.DEFAULT_APPLICATION_ID, g.name());
        });
        assertEquals(List.of("kafka-acls.sh --bootstrap-server $BOOTSTRAP --command-config admin.properties --add "
                + "--allow-principal User:producer --operation Write --topic liveblog.entries.raw"),
                List.of(GRANTS.get(0).command()));
    }
}
