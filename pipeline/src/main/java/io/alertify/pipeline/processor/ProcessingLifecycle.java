package io.alertify.pipeline.processor;

import io.alertify.pipeline.bus.IngestBus;
import org.springframework.context.SmartLifecycle;

/**
 * Connects the processor to the ingest bus when the application starts, and drains the bus when it
 * stops. Its phase is below the web server's, so on shutdown the collector stops taking requests first,
 * then every sample it accepted is processed, and only then are the database and broker closed.
 */
public final class ProcessingLifecycle implements SmartLifecycle {

    /** Below {@code WebServerStartStopLifecycle} (DEFAULT_PHASE - 2048): starts before, stops after it. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final IngestBus bus;
    private final SampleProcessor processor;
    private volatile boolean running;

    public ProcessingLifecycle(IngestBus bus, SampleProcessor processor) {
        this.bus = bus;
        this.processor = processor;
    }

    @Override
    public void start() {
        bus.subscribe(processor);
        running = true;
    }

    @Override
    public void stop() {
        bus.close();
        processor.checkpoint();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
