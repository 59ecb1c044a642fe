package io.alertify.remediation.http;

import io.alertify.remediation.run.Rejection;
import java.util.List;

/** A {@code /run-script} body that cannot become a script request; answered 400. */
final class InvalidRequestException extends RuntimeException {

    private final transient List<Rejection> problems;

    InvalidRequestException(List<Rejection> problems) {
        super(String.join("; ", problems.stream().map(Rejection::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    List<Rejection> problems() {
        return problems;
    }
}
