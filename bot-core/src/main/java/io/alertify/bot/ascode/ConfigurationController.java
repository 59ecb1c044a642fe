package io.alertify.bot.ascode;

import io.alertify.bot.ascode.ConfigurationDocument.Alertify;
import io.alertify.bot.escalation.PolicyStore;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.people.PersonJson;
import io.alertify.bot.routing.RouteStore;
import io.alertify.bot.web.InvalidFieldException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /config}: people, policies and routes as YAML; {@code PUT /config} (admins): applies such a
 * document in one transaction, all of it or, at the first mistake, none of it.
 */
@RestController
public class ConfigurationController {

    static final String YAML = "application/yaml";

    private final PeopleStore people;
    private final PolicyStore policies;
    private final RouteStore routes;
    private final TransactionTemplate transactions;
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    public ConfigurationController(PeopleStore people, PolicyStore policies, RouteStore routes,
            TransactionTemplate transactions) {
        this.people = people;
        this.policies = policies;
        this.routes = routes;
        this.transactions = transactions;
    }

    @GetMapping(value = "/config", produces = YAML)
    public String export() {
        var document = new ConfigurationDocument(new Alertify(people.all().stream().map(PersonJson::of).toList(),
                new ConfigurationDocument.Escalation(policies.all()), new ConfigurationDocument.Routing(routes.all())));
        return yaml.writeValueAsString(document);
    }

    /** Answers the document as it is now stored. */
    @PutMapping(value = "/config", consumes = {YAML, "application/x-yaml", "text/yaml"}, produces = YAML)
    public String apply(@RequestBody String body) {
        ConfigurationDocument document;
        try {
            document = yaml.readValue(body, ConfigurationDocument.class);
        } catch (JacksonException e) {
            throw new InvalidFieldException("body", "is not a configuration document: " + e.getOriginalMessage());
        }
        if (document == null || document.alertify() == null) {
            throw new InvalidFieldException("alertify", "the document starts with 'alertify:', as in application.yml");
        }
        var alertify = document.alertify();
        transactions.executeWithoutResult(status -> {
            if (alertify.people() != null) {
                for (int i = 0; i < alertify.people().size(); i++) {
                    try {
                        people.put(alertify.people().get(i).toPerson(null));
                    } catch (InvalidFieldException e) {
                        throw new InvalidFieldException("alertify.people[" + i + "]." + e.field(), e.getMessage());
                    } catch (DuplicateKeyException e) {
                        throw new InvalidFieldException("alertify.people[" + i + "]",
                                "its Slack or Telegram user already belongs to someone else");
                    }
                }
            }
            if (alertify.escalation() != null && alertify.escalation().policies() != null) {
                var list = alertify.escalation().policies();
                for (int i = 0; i < list.size(); i++) {
                    try {
                        policies.put(list.get(i));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidFieldException("alertify.escalation.policies[" + i + "]", e.getMessage());
                    }
                }
            }
            if (alertify.routing() != null && alertify.routing().routes() != null) {
                try {
                    routes.replace(alertify.routing().routes());
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException("alertify.routing", e.getMessage());
                }
            }
        });
        return export();
    }
}
