package io.alertify.pipeline.collector;

import java.util.List;
import java.util.stream.Collectors;

/** A {@code POST /metrics} body the collector refuses; it lists every problem, not just the first. */
public class InvalidMetricsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidMetricsException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
