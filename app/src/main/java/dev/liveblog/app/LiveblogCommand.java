package dev.liveblog.app;

import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.consumer.ConsumerCommand;
import dev.liveblog.processor.ProcessorCommand;
import dev.liveblog.producer.ProducerCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code liveblog}: the one entry point of the local run and of every component, as the images run them. */
@Command(name = "liveblog", mixinStandardHelpOptions = true, version = "liveblog 0.1.0",
        description = "Turns live-blog news into a clean canonical event stream on Apache Kafka.",
        subcommands = {RunCommand.class, BrokerCommand.class, CreateTopicsCommand.class, ProducerCommand.class,
            ProcessorCommand.class, ConsumerCommand.class, ResetCommand.class})
public final class LiveblogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(CommandLines.execute(new LiveblogCommand(), args));
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: run, broker, create-topics, produce, process, consume or reset");
    }

}
