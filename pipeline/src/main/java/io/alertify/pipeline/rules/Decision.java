package io.alertify.pipeline.rules;

/** What a detector concluded from one more sample of its series. */
public sealed interface Decision {

    Decision NOTHING = new Nothing();

    /** No change: still quiet, or still firing. */
    record Nothing() implements Decision {
    }

    /** The series became abnormal: open a problem. */
    record Fire(Finding finding) implements Decision {
    }

    /** The series is normal again: resolve the problem this detector opened. */
    record Recover(Finding finding) implements Decision {
    }
}
