package io.alertify.deploy;

import io.alertify.deploy.roles.Role;
import io.alertify.deploy.security.ClientSecrets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Tells the person who just started Alertify where it is and how to use it, without leaking secrets. */
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        var port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        var roles = Role.parse(env.getProperty(Role.PROPERTY, "all")).stream()
                .map(Role::wireName).collect(Collectors.joining(","));
        var base = "http://localhost:" + port;
        var text = new StringBuilder()
                .append("\n\n  Alertify is up (roles: ").append(roles).append(")\n")
                .append("  API         ").append(base).append("   (GET /incidents, POST /metrics, POST /incidents/test)\n");
        if (env.getProperty("alertify.security.authorization-server.enabled", Boolean.class, true)) {
            var dataDir = Path.of(env.getProperty("alertify.data-dir", "./data"));
            // the token command guesses port 8080; any other port must be spelled out for it
            var tokenCommand = "8080".equals(port) ? "./alertify token engineer"
                    : "./alertify token engineer --url=" + base;
            text.append("  Get a token TOKEN=$(").append(tokenCommand).append(")   (clients user, engineer, admin;\n")
                    .append("              secrets in ").append(dataDir.resolve(ClientSecrets.FILE_NAME)).append(")\n")
                    .append("  Try it      curl -X POST -H \"Authorization: Bearer $TOKEN\" ").append(base)
                    .append("/incidents/test\n");
        } else {
            text.append("  Tokens      from your issuer ")
                    .append(env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "(not set)"))
                    .append('\n');
        }
        text.append("  Chat        Slack ").append(onOff(env, "alertify.slack.enabled"))
                .append(", Telegram ").append(onOff(env, "alertify.telegram.enabled"))
                .append(", email ").append(onOff(env, "alertify.email.enabled"))
                .append("   (README: \"Connect Slack, Telegram and email\")\n");
        // One log line per banner line: the log pattern writes a newline inside a message as a mark.
        text.toString().strip().lines().forEach(log::info);
    }

    private static String onOff(Environment env, String property) {
        return env.getProperty(property, Boolean.class, false) ? "on" : "off";
    }
}
