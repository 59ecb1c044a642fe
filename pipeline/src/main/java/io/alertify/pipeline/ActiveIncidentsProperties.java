package io.alertify.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.pipeline.active-incidents.*}: where the event generator remembers which problems are
 * open. An unknown {@code type} fails binding, so the start stops with the property's name.
 */
@ConfigurationProperties("alertify.pipeline.active-incidents")
public record ActiveIncidentsProperties(@DefaultValue("auto") Type type, @DefaultValue Redis redis) {

    public enum Type {
        /** The database when there is one (always, in the application), otherwise memory. */
        AUTO,
        /** Lost on restart: an incident open before it is never resolved by its recovery. */
        MEMORY,
        /** The {@code active_incident_cache} table. */
        JDBC,
        /** One Redis hash shared by every processor replica. */
        REDIS
    }

    /** @param key the Redis hash holding every open problem */
    public record Redis(@DefaultValue("alertify:active-incidents") String key) {

        public Redis {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("alertify.pipeline.active-incidents.redis.key must not be blank");
            }
        }
    }
}
