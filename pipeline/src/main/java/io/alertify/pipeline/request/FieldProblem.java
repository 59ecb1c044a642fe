package io.alertify.pipeline.request;

/** One thing wrong with a request, named by its JSON path ({@code metrics.latency}). */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
