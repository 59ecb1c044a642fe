package io.alertify.bot.testing;

import io.alertify.bot.api.Remediator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Remediator} that records what it was asked to run and answers as told. */
public class FakeRemediator implements Remediator {

    public record Run(String scriptName, long incidentId, Map<String, String> parameters, String actor) {
    }

    private final List<Run> runs = new CopyOnWriteArrayList<>();
    public static final Result SUCCESS = new Result(true, List.of("pod deleted; a new one is starting"));

    private final Map<Long, Result> answers = new ConcurrentHashMap<>();

    /** What runs for this incident return; {@link #SUCCESS} unless told otherwise. */
    public void willAnswer(long incidentId, Result result) {
        answers.put(incidentId, result);
    }

    public List<Run> runs(long incidentId) {
        return runs.stream().filter(run -> run.incidentId() == incidentId).toList();
    }

    @Override
    public Result run(String scriptName, long incidentId, Map<String, String> parameters, String actor) {
        runs.add(new Run(scriptName, incidentId, Map.copyOf(parameters), actor));
        return answers.getOrDefault(incidentId, SUCCESS);
    }
}
