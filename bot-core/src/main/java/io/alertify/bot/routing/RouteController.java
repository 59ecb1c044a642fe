package io.alertify.bot.routing;

import io.alertify.bot.web.InvalidFieldException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /routes}: everybody may read them; admins replace the whole ordered list (deploy's security). */
@RestController
@RequestMapping("/routes")
public class RouteController {

    private final RouteStore routes;

    public RouteController(RouteStore routes) {
        this.routes = routes;
    }

    @GetMapping
    public List<RouteSpec> all() {
        return routes.all();
    }

    @PutMapping
    public List<RouteSpec> replace(@RequestBody List<RouteSpec> body) {
        try {
            routes.replace(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("routes", e.getMessage());
        }
        return routes.all();
    }
}
