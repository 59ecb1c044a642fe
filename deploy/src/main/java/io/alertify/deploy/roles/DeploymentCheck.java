package io.alertify.deploy.roles;

import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * Refuses, at startup and by name, the combinations that would start fine and then silently do nothing:
 * a misspelt event transport (the bot would never receive events) or a collector without a processor
 * (nothing would read its queue).
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
        if (roles.contains(Role.COLLECTOR) && !roles.contains(Role.PROCESSOR)) {
            throw new IllegalStateException("alertify.roles: the collector needs the processor in the same "
                    + "process (its ingest bus is in-process); run alertify.roles=pipeline");
        }
    }
}
