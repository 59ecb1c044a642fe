package io.alertify.pipeline.events;

/** The cache of a processor without a database; not durable, so only the basic contract. */
class InMemoryActiveIncidentCacheTest extends ActiveIncidentCacheContract {

    private final ActiveIncidentCache cache = new InMemoryActiveIncidentCache();

    @Override
    ActiveIncidentCache cache() {
        return cache;
    }
}
