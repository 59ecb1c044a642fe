package io.alertify.pipeline.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last N points of one series, oldest first: the evidence an incident event carries. A ring
 * buffer, so memory per series stays fixed however long the series runs. Not thread-safe: the
 * processor touches a series from one thread.
 */
public final class SeriesWindow {

    private final Instant[] times;
    private final double[] values;
    private int next;
    private int size;

    public SeriesWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("alertify.pipeline.evidence-points must be at least 1, was " + capacity);
        }
        this.times = new Instant[capacity];
        this.values = new double[capacity];
    }

    public void add(Instant at, double value) {
        times[next] = at;
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    public List<Point> points() {
        var points = new ArrayList<Point>(size);
        int oldest = (next - size + times.length) % times.length;
        for (int i = 0; i < size; i++) {
            int at = (oldest + i) % times.length;
            points.add(new Point(times[at], values[at]));
        }
        return List.copyOf(points);
    }
}
