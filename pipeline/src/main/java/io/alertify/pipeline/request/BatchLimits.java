package io.alertify.pipeline.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code alertify.pipeline.batch-limits.*}: how much one batch may carry (remote_write, Influx line
 * protocol, a JSON array). Senders batch far more than one {@code POST /metrics} (vmagent sends blocks
 * of up to 8 MB); every sample of a batch still meets {@link IntakeLimits}.
 *
 * @param maxBody    a body larger than this, after decompression, is refused with 413
 * @param maxSamples samples in one batch
 */
@ConfigurationProperties("alertify.pipeline.batch-limits")
public record BatchLimits(@DefaultValue("16MB") DataSize maxBody, @DefaultValue("200000") int maxSamples) {

    public static BatchLimits defaults() {
        return new BatchLimits(DataSize.ofMegabytes(16), 200_000);
    }
}
