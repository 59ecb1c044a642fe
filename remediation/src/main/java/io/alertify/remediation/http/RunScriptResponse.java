package io.alertify.remediation.http;

import java.util.List;

/** {@code {"status":"succeeded","logs":[...]}}: the seed's answer shape for runs that happened. */
public record RunScriptResponse(String status, List<String> logs) {
}
