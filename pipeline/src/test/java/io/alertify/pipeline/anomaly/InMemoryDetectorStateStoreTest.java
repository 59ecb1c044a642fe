package io.alertify.pipeline.anomaly;

/** The store of a processor without a database. */
class InMemoryDetectorStateStoreTest extends DetectorStateStoreContract {

    @Override
    DetectorStateStore store() {
        return DetectorStateStore.inMemory();
    }
}
