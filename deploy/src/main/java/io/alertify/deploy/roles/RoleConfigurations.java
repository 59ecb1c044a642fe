package io.alertify.deploy.roles;

import io.alertify.bot.BotCoreConfiguration;
import io.alertify.bot.delivery.NotifierConfiguration;
import io.alertify.conversations.ConversationsConfiguration;
import io.alertify.email.EmailConfiguration;
import io.alertify.pipeline.CollectorConfiguration;
import io.alertify.pipeline.ProcessorConfiguration;
import io.alertify.pipeline.backtest.BacktestConfiguration;
import io.alertify.remediation.RemediationConfiguration;
import io.alertify.slack.SlackConfiguration;
import io.alertify.slack.SlackNotifierConfiguration;
import io.alertify.telegram.TelegramConfiguration;
import io.alertify.telegram.TelegramNotifierConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** The modules each role brings in. Chat adapters switch themselves on when configured. */
@Configuration(proxyBeanMethods = false)
public class RoleConfigurations {

    @Bean
    static DeploymentCheck deploymentCheck(Environment env) {
        return new DeploymentCheck(env);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.COLLECTOR)
    @Import(CollectorConfiguration.class)
    static class Collector {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.PROCESSOR)
    @Import({ProcessorConfiguration.class, BacktestConfiguration.class})
    static class Processor {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.BOT)
    @Import({BotCoreConfiguration.class, ConversationsConfiguration.class, SlackConfiguration.class,
            TelegramConfiguration.class})
    static class Bot {
    }

    /** Sending: the jobs the bot wrote, through the adapters' notifiers only (no Bolt app, no polling). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.NOTIFIER)
    @Import({NotifierConfiguration.class, SlackNotifierConfiguration.class, TelegramNotifierConfiguration.class,
            EmailConfiguration.class})
    static class Notifier {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.REMEDIATION)
    @Import(RemediationConfiguration.class)
    static class Remediation {
    }
}
