package io.alertify.bot;

import io.alertify.bot.ascode.AsCodeConfiguration;
import io.alertify.bot.command.CommandConfiguration;
import io.alertify.bot.integration.IntegrationConfiguration;
import io.alertify.bot.silence.SilenceConfiguration;
import io.alertify.bot.escalation.EscalationConfiguration;
import io.alertify.bot.intake.IntakeConfiguration;
import io.alertify.bot.oncall.OnCallConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * bot-core for the {@code bot} role, imported by deploy: everything of {@link BotCoreBaseConfiguration}
 * plus the intake of incident events and chat commands. Every bean is declared explicitly in the
 * configuration of its package; nothing is scanned.
 *
 * <p>Deploy may provide a {@code Remediator} (Restart Pod is refused politely without one) and its own
 * {@link java.time.Clock}. Sending is the {@code notifier} role's: {@code delivery.NotifierConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Import({BotCoreBaseConfiguration.class, IntakeConfiguration.class, CommandConfiguration.class,
        OnCallConfiguration.class, EscalationConfiguration.class, AsCodeConfiguration.class,
        IntegrationConfiguration.class, SilenceConfiguration.class})
public class BotCoreConfiguration {
}
