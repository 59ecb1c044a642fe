package io.alertify.deploy.cli;

import io.alertify.pipeline.detect.Detectors;

/** Usage texts, written for someone who has never run Alertify. */
final class Help {

    private Help() {
    }

    static final String GENERAL = """
            Alertify: incidents from your metrics, handled in Slack, Telegram and email.

            Usage: ./alertify [command] [options]

            Commands:
              serve            start Alertify (the default when no command is given)
              token ROLE       print an access token for the API (ROLE: user, engineer or admin)
              backtest         score recorded metrics (CSV) with a detector, offline, before you rely on it
              test             run the whole test suite (launcher only; needs the source tree)
              help             show this text

            Run './alertify <command> --help' for a command's options.
            Any Spring Boot property works as an option or environment variable:
              ./alertify --server.port=9090        SERVER_PORT=9090 ./alertify
            """;

    static final String SERVE = """
            Usage: ./alertify [serve] [--property=value ...]

            Starts Alertify. With no configuration it runs everything in one process on embedded
            defaults (H2 database in ./data, in-process event transport, its own token issuer).

            Common options (or the matching environment variables):
              --server.port=8080                     SERVER_PORT
              --alertify.roles=all                   ALERTIFY_ROLES   all | pipeline | bot,remediation | ...
              --alertify.data-dir=./data             ALERTIFY_DATA_DIR
              --alertify.locale=en                   ALERTIFY_LOCALE  en | ru
              --spring.profiles.active=distributed   PostgreSQL + RabbitMQ + Kafka instead of embedded defaults
            Chat: see README.md, "Connect Slack, Telegram and email".
            """;

    static final String TOKEN = """
            Usage: ./alertify token ROLE [--url=http://localhost:8080] [--data-dir=./data]

            Prints an access token of the embedded issuer for ROLE (user, engineer or admin), using the
            client secret kept in DATA_DIR/credentials.properties. Alertify must be running.

              TOKEN=$(./alertify token engineer)
              curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/incidents

            Defaults come from SERVER_PORT and ALERTIFY_DATA_DIR when they are set.
            """;

    static final String BACKTEST = """
            Usage: ./alertify backtest --input FILE_OR_DIR --output DIR [--detector SPEC]

            Replays recorded metrics through a detector and writes what it would have said about each
            row, so you can tune a rule before it pages anyone. Runs offline: no server, no database.

              --input FILE_OR_DIR   a CSV file, or a folder searched recursively for *.csv files
              --output DIR          results go here, each at the same relative path as its input,
                                    as timestamp,value,anomaly_score (same rows, same order; score 0..1)
              --detector SPEC       what scores the rows (default %s):
                  %s
                  options after a colon: threshold:above=500,for=3,recover-at=400, seasonal:zone=+02:00

            Input CSV: a header with timestamp and value columns, then one row per sample, e.g.
              timestamp,value
              2026-11-25 06:00:00,731.5
            Timestamps: 'YYYY-MM-DD HH:MM:SS' (UTC), ISO-8601, or epoch seconds or milliseconds.

            Progress goes to stderr, the summary to stdout. Exit status: 0 done, 1 failed, 2 bad usage.

              ./alertify backtest --input exports/latency.csv --output /tmp/bt
              ./alertify backtest --input exports/ --output /tmp/bt --detector threshold:above=500,for=3,recover-at=400
            """.formatted(Detectors.DEFAULT, String.join(", ", Detectors.names()));
}
