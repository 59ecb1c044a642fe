package io.alertify.pipeline.backtest;

import io.alertify.pipeline.collector.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A {@code POST /backtest} body that cannot be replayed; it lists every problem, not just the first. */
class InvalidBacktestException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidBacktestException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
