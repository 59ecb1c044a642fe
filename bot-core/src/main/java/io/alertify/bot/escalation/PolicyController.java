package io.alertify.bot.escalation;

import io.alertify.bot.escalation.EscalationProperties.PolicySpec;
import io.alertify.bot.web.InvalidFieldException;
import io.alertify.bot.web.NotFoundException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /escalation-policies}: everybody may read them; admins write them (deploy's security). */
@RestController
@RequestMapping("/escalation-policies")
public class PolicyController {

    private final PolicyStore policies;

    public PolicyController(PolicyStore policies) {
        this.policies = policies;
    }

    @GetMapping
    public List<PolicySpec> all() {
        return policies.all();
    }

    @GetMapping("/{name}")
    public PolicySpec one(@PathVariable String name) {
        return policies.find(name).orElseThrow(() -> new NotFoundException("name", "there is no policy '" + name + "'"));
    }

    @PutMapping("/{name}")
    public ResponseEntity<PolicySpec> put(@PathVariable String name, @RequestBody PolicySpec body) {
        var spec = new PolicySpec(name, body.repeats(), body.steps());
        try {
            var created = policies.put(spec);
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(spec);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("steps", e.getMessage());
        }
    }

    @DeleteMapping("/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        if (!policies.delete(name)) {
            throw new NotFoundException("name", "there is no policy '" + name + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
