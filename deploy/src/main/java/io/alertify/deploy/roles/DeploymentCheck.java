package io.alertify.deploy.roles;

import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * Refuses, at startup and by name, the combinations that would start fine and then silently do nothing:
 * a misspelt event transport (the bot would never receive events) or a collector without a processor on
 * the in-process ingest bus (nothing would read its queue), a bot and a notifier apart on an H2 file. The bus type itself is checked where it is
 * bound ({@code PipelineProperties}).
 */
final class DeploymentCheck {

    private static final Set<String> TRANSPORTS = Set.of("in-process", "rabbitmq");

    DeploymentCheck(Environment env) {
        var transport = env.getProperty("alertify.events.transport", "in-process").trim().toLowerCase(Locale.ROOT);
        if (!TRANSPORTS.contains(transport)) {
            throw new IllegalStateException("alertify.events.transport: unknown transport '" + transport
                    + "'; use in-process (one process) or rabbitmq");
        }
        var roles = Role.parse(env.getProperty(Role.PROPERTY, "all"));
        if (roles.contains(Role.COLLECTOR) && !roles.contains(Role.PROCESSOR) && !onKafka(env)) {
            throw new IllegalStateException("alertify.roles: the collector needs the processor in the same "
                    + "process when the ingest bus is in-process; run alertify.roles=pipeline, or set "
                    + "alertify.pipeline.bus.type=kafka (and spring.kafka.bootstrap-servers) on collectors "
                    + "and processors to run them apart");
        }
        checkNotifier(env, roles);
        if (roles.contains(Role.BOT) && !roles.contains(Role.NOTIFIER)) {
            org.slf4j.LoggerFactory.getLogger(DeploymentCheck.class).info("This process writes notification jobs "
                    + "but does not send them: run a notifier (ALERTIFY_ROLES=notifier) against the same database");
        }
    }

    /**
     * A notifier apart from the bot shares the bot's database: an H2 file is locked by one process, so
     * both need PostgreSQL. A bot without any notifier would queue every message and send none.
     */
    static void checkNotifier(Environment env, Set<Role> roles) {
        var apart = roles.contains(Role.BOT) != roles.contains(Role.NOTIFIER);
        var url = env.getProperty("spring.datasource.url", "");
        if (apart && url.startsWith("jdbc:h2:file:")) {
            throw new IllegalStateException("alertify.roles: the bot and the notifier run in separate processes "
                    + "here, so they must share a database server: set ALERTIFY_DATABASE_URL to PostgreSQL "
                    + "(an H2 file can be opened by one process only), or run both roles in one process");
        }
    }

    /** Relaxed, as the binder reads it: {@code kafka}, {@code KAFKA}. */
    private static boolean onKafka(Environment env) {
        return env.getProperty("alertify.pipeline.bus.type", "in-process").trim().equalsIgnoreCase("kafka");
    }
}
