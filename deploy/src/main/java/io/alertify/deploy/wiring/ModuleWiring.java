package io.alertify.deploy.wiring;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.InvalidIncidentEventException;
import io.alertify.bot.api.Remediator;
import io.alertify.bot.incident.IncidentService;
import io.alertify.deploy.roles.ConditionalOnRole;
import io.alertify.deploy.roles.Role;
import io.alertify.pipeline.api.IncidentEventDelivery;
import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptRunListener;
import io.alertify.remediation.api.ScriptRunner;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ports that cross modules, connected here so that the modules never import each other: the
 * pipeline hands incident events to the bot, the bot asks remediation to run scripts.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleWiring {

    /** In one process the pipeline's outbox relay feeds the bot directly; RabbitMQ replaces this. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.BOT)
    @ConditionalOnProperty(name = "alertify.events.transport", havingValue = "in-process", matchIfMissing = true)
    static class InProcessEvents {

        @Bean
        IncidentEventDelivery incidentEventDelivery(IncidentEventIntake intake) {
            return json -> {
                try {
                    intake.accept(json);
                } catch (InvalidIncidentEventException e) {
                    throw new IncidentEventDelivery.Undeliverable(e.getMessage(), e);
                }
            };
        }
    }

    /** Scripts run only for incidents that exist and are active. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.REMEDIATION)
    static class RemediationIncidents {

        @Bean
        IncidentGate incidentGate(ObjectProvider<IncidentService> incidents, ObjectProvider<DataSource> database) {
            var service = incidents.getIfAvailable();
            return service != null ? IncidentGates.of(service) : IncidentGates.of(JdbcClient.create(database.getObject()));
        }
    }

    /** Restart Pod and friends: the bot checked the actor's permission; remediation checks parameters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.BOT)
    static class BotToRemediation {

        @Bean
        @ConditionalOnRole(Role.REMEDIATION)
        Remediator remediator(ScriptRunner scripts) {
            return (scriptName, incidentId, parameters, actor) -> {
                var result = scripts.run(new ScriptRequest(Long.toString(incidentId), scriptName, parameters, actor));
                return new Remediator.Result(result.status() == RunStatus.SUCCEEDED, result.logs());
            };
        }

        /** Scripts run over HTTP (POST /run-script) show up in the incident's timeline and cards too. */
        @Bean
        @ConditionalOnRole(Role.REMEDIATION)
        ScriptRunListener runsIntoTheTimeline(IncidentService incidents) {
            return new RunsIntoTimeline(incidents);
        }
    }
}
