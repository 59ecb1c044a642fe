package io.alertify.bot.incident;

import io.alertify.bot.BotCoreTest;

/** The incident lifecycle on H2 in PostgreSQL mode, the embedded default. */
@BotCoreTest
class IncidentLifecycleTest extends IncidentLifecycleContract {
}
