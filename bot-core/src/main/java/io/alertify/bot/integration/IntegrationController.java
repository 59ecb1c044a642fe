package io.alertify.bot.integration;

import io.alertify.bot.web.InvalidFieldException;
import io.alertify.bot.web.NotFoundException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code /integrations} (admins: the answers carry secret keys): each integration with its URL and a
 * snippet to paste into the sender's configuration.
 */
@RestController
@RequestMapping("/integrations")
public class IntegrationController {

    private final IntegrationStore integrations;
    private final URI publicUrl;

    /** @param publicUrl {@code alertify.public-url}, or null to answer with the URL the request came to */
    IntegrationController(IntegrationStore integrations, URI publicUrl) {
        this.integrations = integrations;
        this.publicUrl = publicUrl;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record IntegrationJson(IntegrationSpec integration, String url, String snippet) {
    }

    @GetMapping
    public List<IntegrationJson> all() {
        return integrations.all().stream().map(this::json).toList();
    }

    @GetMapping("/{name}")
    public IntegrationJson one(@PathVariable String name) {
        return integrations.find(name).map(this::json)
                .orElseThrow(() -> new NotFoundException("name", "there is no integration '" + name + "'"));
    }

    @PutMapping("/{name}")
    public ResponseEntity<IntegrationJson> put(@PathVariable String name, @RequestBody IntegrationSpec body) {
        var isNew = integrations.find(name).isEmpty();
        try {
            var stored = integrations.put(new IntegrationSpec(name, body.kind(), body.key(), body.service(),
                    body.severity(), body.labels(), body.mapping()));
            return ResponseEntity.status(isNew ? 201 : 200).body(json(stored));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("integration", e.getMessage());
        }
    }

    @DeleteMapping("/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        if (!integrations.delete(name)) {
            throw new NotFoundException("name", "there is no integration '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private IntegrationJson json(IntegrationSpec spec) {
        var base = (publicUrl != null ? publicUrl.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()).replaceAll("/+$", "");
        var kind = spec.kindOf();
        var url = kind == IntegrationKind.PAGERDUTY ? base + "/v2/enqueue"
                : base + "/integrations/v1/" + kind.wireName() + "/" + spec.key();
        return new IntegrationJson(spec, url, Snippets.of(kind, url, spec.key()));
    }
}
