package io.alertify.pipeline;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The whole pipeline in one process: collector and processor. Deploy imports this, or
 * {@link CollectorConfiguration} and {@link ProcessorConfiguration} separately per role.
 */
@Configuration(proxyBeanMethods = false)
@Import({CollectorConfiguration.class, ProcessorConfiguration.class})
public class PipelineConfiguration {
}
