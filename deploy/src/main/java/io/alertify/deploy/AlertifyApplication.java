package io.alertify.deploy;

import io.alertify.deploy.cli.Cli;
import io.alertify.deploy.roles.RoleConfigurations;
import io.alertify.deploy.security.ApiSecurityConfiguration;
import io.alertify.deploy.security.EmbeddedAuthorizationServerConfiguration;
import io.alertify.deploy.web.ApiDocsConfiguration;
import io.alertify.deploy.web.WebProblemsConfiguration;
import io.alertify.deploy.wiring.ModuleWiring;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The one Alertify artifact. {@code alertify.roles} decides which modules this process runs; every
 * module is imported explicitly (no scanning outside this package) so that a role really leaves the
 * others out.
 */
@SpringBootApplication
@Import({RoleConfigurations.class, ModuleWiring.class, ApiSecurityConfiguration.class,
        EmbeddedAuthorizationServerConfiguration.class, WebProblemsConfiguration.class, ApiDocsConfiguration.class,
        StartupBanner.class})
public class AlertifyApplication {

    public static void main(String[] args) {
        var exitCode = Cli.run(args, AlertifyApplication::serve);
        if (exitCode >= 0) {
            System.exit(exitCode);
        }
    }

    /** Starts the server; it keeps running after main returns. */
    static void serve(String[] args) {
        SpringApplication.run(AlertifyApplication.class, args);
    }
}
