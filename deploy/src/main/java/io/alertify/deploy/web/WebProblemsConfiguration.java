package io.alertify.deploy.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Every error answer of the application, its filters and the container is problem+json. */
@Configuration(proxyBeanMethods = false)
@Import({ApiProblems.class, ProblemErrorController.class})
public class WebProblemsConfiguration {

    @Bean
    FilterRegistrationBean<ContentTypeCheck> contentTypeCheck() {
        var registration = new FilterRegistrationBean<>(new ContentTypeCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
