package io.alertify.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Role;
import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.testing.TestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** People through the API and from the configuration, and the role their chat identity then has. */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alertify.data-dir=${java.io.tmpdir}/alertify-people-test-${random.uuid}",
            "spring.datasource.url=jdbc:h2:mem:people-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "alertify.people[0].id=boris",
            "alertify.people[0].name=Boris",
            "alertify.people[0].role=admin",
            "alertify.people[0].slack-user-id=U0BORIS"
        })
class PeopleApiTest {

    @DynamicPropertySource
    static void clients(DynamicPropertyRegistry registry) {
        TestClients.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ChatRoles chatRoles;

    ApiClient api;
    String admin;
    String user;

    @BeforeEach
    void tokens() {
        api = new ApiClient(port);
        admin = api.token("admin", "admin-secret");
        user = api.token("user", "user-secret");
    }

    @Test
    void anAdminAddsAPersonWhoseTelegramIdentityThenCarriesTheirRole() {
        var anna = """
                {"name":"Anna Petrova","role":"engineer","time_zone":"Europe/Berlin","locale":"ru",
                 "telegram_user_id":"4711","email":"anna@example.com"}""";

        assertThat(api.put("/people/anna", admin, anna).statusCode()).isEqualTo(201);
        assertThat(api.put("/people/anna", admin, anna).statusCode()).as("the same again changes nothing").isEqualTo(200);

        var shown = ApiClient.json(api.get("/people/anna", user));
        assertThat(shown.path("time_zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(shown.path("telegram_user_id").asString()).isEqualTo("4711");
        assertThat(chatRoles.roleOf(new ChatUser(Channel.TELEGRAM, "4711", "Anna"))).isEqualTo(Role.ENGINEER);
        assertThat(chatRoles.roleOf(new ChatUser(Channel.TELEGRAM, "4712", "Someone"))).isEqualTo(Role.USER);

        assertThat(api.put("/people/anna", user, anna).statusCode()).as("only admins change people").isEqualTo(403);
    }

    @Test
    void peopleFromTheConfigurationAreThereAtStart() {
        assertThat(ApiClient.json(api.get("/people", user)).findValuesAsString("id")).contains("boris");
        assertThat(chatRoles.roleOf(new ChatUser(Channel.SLACK, "U0BORIS", "Boris"))).isEqualTo(Role.ADMIN);
    }

    @Test
    void mistakesAreNamedAndAChatIdentityBelongsToOnePerson() {
        var badZone = api.put("/people/chen", admin, "{\"role\":\"engineer\",\"time_zone\":\"Europe/Berlinn\"}");
        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badZone).path("errors").get(0).path("field").asString()).isEqualTo("time_zone");

        var badId = api.put("/people/Chen%20Li", admin, "{\"role\":\"engineer\"}");
        assertThat(badId.statusCode()).isEqualTo(400);

        var taken = api.put("/people/mallory", admin, "{\"role\":\"admin\",\"slack_user_id\":\"U0BORIS\"}");
        assertThat(taken.statusCode()).as("Boris's Slack id cannot become Mallory's").isEqualTo(409);
        assertThat(taken.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(api.delete("/people/nobody", admin).statusCode()).isEqualTo(404);
        assertThat(api.put("/people/dana", admin, "{\"role\":\"user\"}").statusCode()).isEqualTo(201);
        assertThat(api.delete("/people/dana", admin).statusCode()).isEqualTo(204);
        assertThat(api.get("/people/dana", admin).statusCode()).isEqualTo(404);
    }
}
