package io.alertify.bot.people;

import io.alertify.bot.web.ConflictException;
import io.alertify.bot.web.NotFoundException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /people}: everybody may look; only admins add, change and remove people (deploy's security). */
@RestController
@RequestMapping("/people")
public class PeopleController {

    private final PeopleStore people;
    private final LinkCodes links;

    public PeopleController(PeopleStore people, LinkCodes links) {
        this.people = people;
        this.links = links;
    }

    /** @param say what the person types to the bot, in Slack or Telegram */
    @tools.jackson.databind.annotation.JsonNaming(tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LinkCodeJson(String code, java.time.Instant expiresAt, String say) {
    }

    /** A one-time code that links the chat identity of whoever says it to the bot to this person. */
    @org.springframework.web.bind.annotation.PostMapping("/{id}/link-code")
    public ResponseEntity<LinkCodeJson> linkCode(@PathVariable String id) {
        if (people.find(id).isEmpty()) {
            throw new NotFoundException("id", "nobody has the id '" + id + "'");
        }
        var code = links.create(id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new LinkCodeJson(code.code(), code.expiresAt(), "/link " + code.code()));
    }

    @GetMapping
    public List<PersonJson> all() {
        return people.all().stream().map(PersonJson::of).toList();
    }

    @GetMapping("/{id}")
    public PersonJson one(@PathVariable String id) {
        return people.find(id).map(PersonJson::of)
                .orElseThrow(() -> new NotFoundException("id", "nobody has the id '" + id + "'"));
    }

    @PutMapping("/{id}")
    public ResponseEntity<PersonJson> put(@PathVariable String id, @RequestBody PersonJson body) {
        var person = body.toPerson(id);
        try {
            var created = people.put(person);
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(PersonJson.of(person));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("slack_user_id", "that Slack or Telegram user already belongs to someone else");
        }
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        if (!people.delete(id)) {
            throw new NotFoundException("id", "nobody has the id '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
