package io.alertify.conversations.engine;

import java.util.List;
import java.util.Map;

/** A two-question dialog for the engine's tests: a size, then a crust, remembered in between. */
class PizzaDialog implements Dialog {

    @Override
    public String name() {
        return "pizza";
    }

    @Override
    public String command() {
        return "/pizza";
    }

    @Override
    public DialogState start(DialogContext context) {
        return DialogState.of("size");
    }

    @Override
    public Question ask(DialogContext context, DialogState state) {
        return state.name().equals("size")
                ? new Question("Which size?", List.of(Option.of("small", "Small"), Option.of("large", "Large")))
                : new Question("Which crust?", List.of(Option.of("thin", "Thin"), Option.of("thick", "Thick")));
    }

    @Override
    public Transition answer(DialogContext context, DialogState state, String value) {
        if (state.name().equals("size") && List.of("small", "large").contains(value)) {
            return Transition.to(new DialogState("crust", Map.of("size", value)));
        }
        if (state.name().equals("crust") && List.of("thin", "thick").contains(value)) {
            return Transition.done("A " + state.get("size", "?") + " pizza on a " + value + " crust.");
        }
        return Transition.reAsk(state, "Pick a button.");
    }
}
