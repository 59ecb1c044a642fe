package io.alertify.deploy.cli;

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
              --spring.profiles.active=distributed   PostgreSQL + RabbitMQ instead of embedded defaults
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
}
