package io.alertify.bot.incident;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Read-only incident API; any authenticated user may call it (deploy's security decides). */
@RestController
@RequestMapping("/incidents")
class IncidentController {

    private final IncidentService incidents;
    private final JsonMapper json;

    IncidentController(IncidentService incidents, JsonMapper json) {
        this.incidents = incidents;
        this.json = json;
    }

    @GetMapping
    List<IncidentJson.Summary> active() {
        return incidents.active().stream().map(IncidentJson.Summary::of).toList();
    }

    @GetMapping("/{id}")
    IncidentJson one(@PathVariable long id) {
        return incidents.find(id).map(incident -> IncidentJson.of(incident, json))
                .orElseThrow(() -> new IncidentNotFoundException(id));
    }
}
