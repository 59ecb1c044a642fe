package io.alertify.bot.intake;

import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;

/**
 * How the RabbitMQ intake waits out a failure that is not the event's fault (the database is down):
 * a few attempts in the listener with growing pauses, then the message goes back to the queue for
 * later. Without the pauses a requeued message would come straight back, spinning the CPU and flooding
 * the log for as long as the outage lasts. Invalid events are never retried: they go to the dead-letter
 * queue at once.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static MethodInterceptor retryThenRequeue() {
        return RetryInterceptorBuilder.stateless()
                .configureRetryPolicy(policy -> policy
                        .maxRetries(4)
                        .delay(Duration.ofMillis(500))
                        .multiplier(2.0)
                        .maxDelay(Duration.ofSeconds(8))
                        .excludes(AmqpRejectAndDontRequeueException.class))
                .recoverer(TransientFailures::recover)
                .build();
    }

    /** After the last attempt: park what is invalid, put back what may work later. */
    static void recover(Message message, Throwable cause) {
        for (var t = cause; t != null; t = t.getCause()) {
            if (t instanceof AmqpRejectAndDontRequeueException reject) {
                throw reject;
            }
        }
        throw new ImmediateRequeueAmqpException("incident event not applied yet; back to the queue", cause);
    }
}
