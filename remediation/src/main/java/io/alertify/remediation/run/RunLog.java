package io.alertify.remediation.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The latest runs, in memory, oldest dropped first once {@code capacity} is reached. It answers "what
 * ran lately" on this process; the durable audit trail is the INFO log line per run and the incident
 * timeline that deploy fills through {@code ScriptRunListener}.
 */
public final class RunLog {

    private final int capacity;
    private final Deque<RunRecord> records = new ArrayDeque<>();

    public RunLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void add(RunRecord record) {
        if (records.size() == capacity) {
            records.removeLast();
        }
        records.addFirst(record);
    }

    /** Newest first. */
    public synchronized List<RunRecord> recent() {
        return new ArrayList<>(records);
    }
}
