package nl.overheid.recordingpolicy.adapter.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.overheid.recordingpolicy.application.failure.StoreUnavailableException;

/**
 * The three semantics over one batch whose resources answer permit, deny, permit (as the spec's example): all, up to
 * the first deny, up to the first permit; in request order; an evaluation that fails is a deny with its error.
 */
class EvaluationsAnswerTest {

    /** Permits the resources named in {@code permitted}, denies the rest, and remembers what it was asked. */
    private static final class Decisions implements Function<Evaluation, JsonObject> {
        final List<String> asked = new ArrayList<>();

        @Override
        public JsonObject apply(Evaluation evaluation) {
            asked.add(evaluation.resourceId());
            if (evaluation.resourceId().equals("down")) {
                throw new StoreUnavailableException("decision log down (test)", null);
            }
            return Json.object("{'decision':" + !evaluation.resourceId().startsWith("deny") + "}");
        }
    }

    private static EvaluationsRequest batch(String semantic, String... resources) {
        StringBuilder items = new StringBuilder();
        for (String resource : resources) {
            items.append(items.isEmpty() ? "" : ",")
                    .append(resource.isEmpty() ? "{}" : "{'resource':{'type':'document','id':'" + resource + "'}}");
        }
        return EvaluationsRequest.of(Json.object("{'subject':{'type':'user','id':'alice'},'action':{'name':'read'},"
                + "'options':{'evaluations_semantic':'" + semantic + "'},'evaluations':[" + items + "]}"));
    }

    private static List<Boolean> decisions(JsonObject answer) {
        return answer.getJsonArray("evaluations").getValuesAs(JsonObject.class).stream()
                .map(decision -> decision.getBoolean("decision")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "execute_all,            'true,false,true', 'permit-1,deny-2,permit-3'",
        "deny_on_first_deny,     'true,false',      'permit-1,deny-2'",
        "permit_on_first_permit, 'true',            'permit-1'",
    })
    void eachSemanticEvaluatesInOrderAndStopsWhereItSays(String semantic, String expected, String asked) {
        Decisions decide = new Decisions();

        JsonObject answer = EvaluationsAnswer.of(batch(semantic, "permit-1", "deny-2", "permit-3"), decide);

        assertEquals(List.of(expected.split(",")).stream().map(Boolean::parseBoolean).toList(), decisions(answer));
        assertEquals(List.of(asked.split(",")), decide.asked, "no evaluation after the short-circuit is made");
    }

    @Test
    void permitOnFirstPermitGoesOnPastDenies() {
        Decisions decide = new Decisions();
        assertEquals(List.of(false, false, true), decisions(EvaluationsAnswer.of(
                batch("permit_on_first_permit", "deny-1", "deny-2", "permit-3", "permit-4"), decide)));
    }

    @Test
    void aFailedEvaluationIsADenyWithItsErrorAndTheOthersAreAnswered() {
        JsonObject answer = EvaluationsAnswer.of(batch("execute_all", "permit-1", "", "down", "permit-4"), new Decisions());

        assertEquals(List.of(true, false, false, true), decisions(answer));
        JsonObject missing = answer.getJsonArray("evaluations").getJsonObject(1).getJsonObject("context").getJsonObject("error");
        assertEquals(400, missing.getInt("status"));
        assertEquals("resource: is required", missing.getString("message"));
        JsonObject down = answer.getJsonArray("evaluations").getJsonObject(2).getJsonObject("context").getJsonObject("error");
        assertEquals(503, down.getInt("status"));
    }

    @Test
    void anErrorCountsAsTheFirstDeny() {
        Decisions decide = new Decisions();
        JsonObject answer = EvaluationsAnswer.of(batch("deny_on_first_deny", "permit-1", "", "permit-3"), decide);

        assertEquals(List.of(true, false), decisions(answer));
        assertEquals(List.of("permit-1"), decide.asked);
    }
}
