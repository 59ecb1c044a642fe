package io.alertify.remediation.http;

import java.util.List;

/** A {@code /run-script} body that cannot become a script request; answered 400. */
final class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidRequestException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
