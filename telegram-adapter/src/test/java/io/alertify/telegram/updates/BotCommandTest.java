package io.alertify.telegram.updates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotCommandTest {

    @Test
    void readsTheCommandWithOrWithoutTheBotsName() {
        assertThat(BotCommand.of("/subscribe")).hasValue("subscribe");
        assertThat(BotCommand.of("/Subscribe@AlertifyBot")).hasValue("subscribe");
        assertThat(BotCommand.of("/help me please")).hasValue("help");
    }

    @Test
    void findsNoCommandInOrdinaryText() {
        assertThat(BotCommand.of("subscribe")).isEmpty();
        assertThat(BotCommand.of("/")).isEmpty();
        assertThat(BotCommand.of("/@AlertifyBot")).isEmpty();
        assertThat(BotCommand.of(null)).isEmpty();
    }
}
