package io.alertify.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguredChatRolesTest {

    private final ConfiguredChatRoles roles = new ConfiguredChatRoles(new ChatProperties(List.of(
            new ChatProperties.User(Channel.SLACK, "U-ALICE", Role.ENGINEER),
            new ChatProperties.User(Channel.TELEGRAM, "42", Role.ADMIN))));

    @Test
    void aConfiguredUserHasTheirRoleOnTheirChannelOnly() {
        assertThat(roles.roleOf(new ChatUser(Channel.SLACK, "U-ALICE", "Alice"))).isEqualTo(Role.ENGINEER);
        assertThat(roles.roleOf(new ChatUser(Channel.TELEGRAM, "U-ALICE", "Alice"))).isEqualTo(Role.USER);
        assertThat(roles.roleOf(new ChatUser(Channel.TELEGRAM, "42", "Boss"))).isEqualTo(Role.ADMIN);
    }

    @Test
    void anUnknownUserIsAUser() {
        assertThat(roles.roleOf(new ChatUser(Channel.SLACK, "U-STRANGER", "Mallory"))).isEqualTo(Role.USER);
    }
}
