package io.alertify.pipeline.backtest;

import io.alertify.pipeline.anomaly.AnomalyProperties;
import io.alertify.pipeline.request.IntakeLimits;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code POST /backtest}: replays a posted series through a rule or detector and answers which
 * incidents it would have opened. Stateless and side-effect free (nothing is stored or published),
 * so any process that runs the processor can serve it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AnomalyProperties.class, IntakeLimits.class})
public class BacktestConfiguration {

    @Bean
    BacktestController backtestController(AnomalyProperties anomaly, IntakeLimits limits) {
        return new BacktestController(anomaly, limits, Clock.systemUTC());
    }

    @Bean
    BacktestExceptionHandler backtestExceptionHandler() {
        return new BacktestExceptionHandler();
    }
}
