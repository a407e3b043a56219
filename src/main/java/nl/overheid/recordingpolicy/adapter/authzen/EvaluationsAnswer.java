package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;

/**
 * The answer to a batch: one Decision per evaluation, in request order, each evaluation failing on its own (a
 * {@code decision: false} with {@code context.error.status/message}, as the spec's errors section shows), and the
 * array ending where the semantic short-circuits.
 */
final class EvaluationsAnswer {

    private EvaluationsAnswer() {
    }

    static JsonObject of(EvaluationsRequest batch, Function<Evaluation, JsonObject> decide) {
        JsonArrayBuilder evaluations = Json.createArrayBuilder();
        for (int i = 0; i < batch.items().size(); i++) {
            JsonObject answer = answer(batch, i, decide);
            evaluations.add(answer);
            if (batch.semantic().stopsAfter(answer.getBoolean("decision"))) {
                break;
            }
        }
        return Json.createObjectBuilder().add("evaluations", evaluations).build();
    }

    private static JsonObject answer(EvaluationsRequest batch, int i, Function<Evaluation, JsonObject> decide) {
        try {
            return decide.apply(batch.evaluation(i));
        } catch (AuthzenProblem problem) {
            String message = problem.invalidParams().isEmpty() ? problem.getMessage()
                    : AuthzenProblem.describe(problem.invalidParams());
            return error(problem.status(), message);
        } catch (StoreUnavailableException e) {
            return error(503, "the decision log cannot be written at the moment: nothing was decided; retry shortly");
        }
    }

    /** A failed evaluation: closed, with what failed. */
    static JsonObject error(int status, String message) {
        return Json.createObjectBuilder()
                .add("decision", false)
                .add("context", Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                        .add("status", status).add("message", message)))
                .build();
    }
}
