package io.alertify.bot.integration;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code alertify.integrations}: integrations as code (see {@link IntegrationSpec}), written at every start. */
@ConfigurationProperties("alertify")
public record IntegrationProperties(List<IntegrationSpec> integrations) {

    public IntegrationProperties {
        integrations = integrations == null ? List.of() : List.copyOf(integrations);
    }
}
